package dev.sessioninspector.entropy;

/** The character encoding of a token's random part, with its canonical alphabet (digit order). */
public enum Encoding {
    DECIMAL("decimal", "0123456789", 10),
    HEX("hex", "0123456789abcdef", 16),
    BASE32("base32 (0-9a-v, BigInteger.toString(32))", "0123456789abcdefghijklmnopqrstuv", 32),
    BASE36("base36 (0-9a-z)", "0123456789abcdefghijklmnopqrstuvwxyz", 36),
    ALPHANUMERIC("alphanumeric (0-9A-Za-z)", "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 62),
    BASE64("base64", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 64),
    BASE64URL("base64url", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 64),
    /** Anything else: the alphabet is the characters observed, in code-point order. */
    OTHER("other", "", 0);

    private final String label;
    private final String alphabet;
    private final int radix;

    Encoding(String label, String alphabet, int radix) {
        this.label = label;
        this.alphabet = alphabet;
        this.radix = radix;
    }

    public String label() {
        return label;
    }

    /** The canonical lower-case alphabet (empty for {@link #OTHER}). */
    public String alphabet() {
        return alphabet;
    }

    /** Digits per symbol when the encoding is a positional number system (0 for {@link #OTHER}). */
    public int radix() {
        return radix;
    }
}
