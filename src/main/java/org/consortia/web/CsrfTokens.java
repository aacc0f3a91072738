package org.consortia.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Synchronizer tokens for the pages' forms, one per sign-in session: an HMAC of the session's
 * identity under a server secret, so every instance that shares the secret (consortia.web.csrf-secret)
 * computes the same token without storing it. Without a configured secret each start draws a new one,
 * which is right for a single instance (a restart only asks open forms to be reloaded).
 */
@ApplicationScoped
public class CsrfTokens {

    private final SecretKeySpec key;

    CsrfTokens(WebConfig config) {
        byte[] bytes = config.csrfSecret()
                .filter(s -> !s.isBlank())
                .map(s -> s.getBytes(StandardCharsets.UTF_8))
                .orElseGet(CsrfTokens::randomSecret);
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** The token of a session, named by who signed in and the identity provider's session id. */
    public String tokenFor(String subject, String session) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(("csrf\n" + subject + "\n" + session).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Compares in constant time, so the answer's timing tells nothing about the expected token. */
    public static boolean matches(String expected, String given) {
        return given != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
