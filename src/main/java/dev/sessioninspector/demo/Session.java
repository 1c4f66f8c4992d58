package dev.sessioninspector.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One server-side session of the shop, immutable: the session manager swaps in changed copies.
 *
 * @param id         the session ID the client presents
 * @param user       the signed-in username, or null while anonymous
 * @param createdAt  when the ID was issued (or adopted)
 * @param lastSeenAt the last request that used it
 * @param signedInAt when the user signed in, or null while anonymous
 * @param cart       item IDs in the order they were added (repeats allowed)
 * @param csrfToken  the anti-CSRF token of this session (never the session ID)
 */
record Session(String id, String user, Instant createdAt, Instant lastSeenAt, Instant signedInAt, List<String> cart,
        String csrfToken) {

    Session {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("session id must not be blank");
        }
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
        Objects.requireNonNull(csrfToken, "csrfToken");
        if ((user == null) != (signedInAt == null)) {
            throw new IllegalArgumentException("user and signedInAt go together");
        }
        cart = List.copyOf(cart);
    }

    /** A fresh anonymous session with an empty cart. */
    static Session anonymous(String id, Instant now, String csrfToken) {
        return new Session(id, null, now, now, null, List.of(), csrfToken);
    }

    boolean signedIn() {
        return user != null;
    }

    Session seenAt(Instant now) {
        return new Session(id, user, createdAt, now, signedInAt, cart, csrfToken);
    }

    Session signedInAs(String username, Instant now) {
        return new Session(id, Objects.requireNonNull(username, "username"), createdAt, now, now, cart, csrfToken);
    }

    /** The same user and cart under a new ID and CSRF token, as issued at {@code now}. */
    Session reissued(String newId, String newCsrfToken, Instant now) {
        return new Session(newId, user, now, now, signedInAt, cart, newCsrfToken);
    }

    Session withItem(String itemId) {
        List<String> items = new ArrayList<>(cart);
        items.add(Objects.requireNonNull(itemId, "itemId"));
        return new Session(id, user, createdAt, lastSeenAt, signedInAt, items, csrfToken);
    }

    Session withEmptyCart() {
        return new Session(id, user, createdAt, lastSeenAt, signedInAt, List.of(), csrfToken);
    }
}
