package org.consortia.common;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable tokens for links that stand for a right (a calendar feed, a confirmation, a survey): 256 random bits. */
public final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretTokens() {}

    /** A new token, 43 characters of URL-safe Base64. */
    public static String next() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
