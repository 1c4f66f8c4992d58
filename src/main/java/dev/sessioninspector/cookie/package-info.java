/**
 * RFC 6265bis cookie semantics: {@code Set-Cookie} parsing ({@link dev.sessioninspector.cookie.SetCookieParser}),
 * the cookie-date algorithm ({@link dev.sessioninspector.cookie.CookieDates}), domain and path rules, and a
 * cookie jar ({@link dev.sessioninspector.cookie.CookieJar}) that reports every change it makes, so capture
 * can turn them into {@link dev.sessioninspector.model.CookieEvent}s. Depends on {@code model} only.
 */
package dev.sessioninspector.cookie;
