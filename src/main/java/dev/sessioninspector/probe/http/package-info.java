/**
 * An HTTP client that records every exchange it makes: each redirect hop on its own, cookies through an
 * RFC 6265bis jar with a {@code CookieEvent} per change, headers as sent and received, bodies capped with
 * their original size. The flow engine and the probes send through it. OkHttp stays inside {@code probe}.
 */
package dev.sessioninspector.probe.http;
