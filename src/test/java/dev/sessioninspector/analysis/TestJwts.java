package dev.sessioninspector.analysis;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Compact HS256 JWTs for recordings described in tests (the token server test uses a real JWT library). */
public final class TestJwts {
    private TestJwts() {
    }

    /** An HS256 token over the claims JSON, signed with the secret. */
    public static String hs256(String claimsJson, String secret) {
        return hmac("HS256", "HmacSHA256", claimsJson, secret);
    }

    public static String hmac(String alg, String jca, String claimsJson, String secret) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String input = b64.encodeToString(("{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}").getBytes(StandardCharsets.UTF_8))
                + "." + b64.encodeToString(claimsJson.getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance(jca);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), jca));
            return input + "." + b64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
