package dev.sessioninspector.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The shop's customers. Demo credentials, printed on the sign-in page on purpose. */
final class Accounts {
    /**
     * One customer.
     *
     * @param username the sign-in name
     * @param name     the full name shown on the account page
     * @param password the demo password (plain: this is a demo shop, not a password store)
     */
    record Account(String username, String name, String password) {
        Account {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(password, "password");
        }
    }

    static final List<Account> ALL = List.of(
            new Account(DemoShop.DEMO_USERNAME, "Alice Liddell", DemoShop.DEMO_PASSWORD),
            new Account("bob", "Bob the Builder", "builder"));

    private Accounts() {
    }

    /** The account whose credentials match, comparing passwords in constant time. */
    static Optional<Account> authenticate(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        Optional<Account> account = find(username);
        byte[] given = password.getBytes(StandardCharsets.UTF_8);
        byte[] expected = account.map(a -> a.password().getBytes(StandardCharsets.UTF_8)).orElse(new byte[0]);
        return MessageDigest.isEqual(given, expected) ? account : Optional.empty();
    }

    static Optional<Account> find(String username) {
        return ALL.stream().filter(a -> a.username().equals(username)).findFirst();
    }
}
