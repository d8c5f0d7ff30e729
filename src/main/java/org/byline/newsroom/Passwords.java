package org.byline.newsroom;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes of desk and admin profiles: PBKDF2-HMAC-SHA256 from the JDK with a random salt,
 * stored as {@code pbkdf2-sha256$iterations$salt$hash} (Base64). The iteration count is part of
 * the string, so raising it later still verifies the hashes written before.
 */
final class Passwords {
    static final String SCHEME = "pbkdf2-sha256";
    /** OWASP's 2023 floor for PBKDF2-HMAC-SHA256; about a fifth of a second per check here. */
    static final int ITERATIONS = 210_000;

    static final int MIN_LENGTH = 8;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    /** Verified against when the name is unknown, so a wrong name takes as long as a wrong password. */
    private static final String DECOY =
            SCHEME + "$" + ITERATIONS + "$AAAAAAAAAAAAAAAAAAAAAA==$" + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

    private final SecureRandom random = new SecureRandom();

    String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, ITERATIONS);
        Base64.Encoder b64 = Base64.getEncoder();
        return SCHEME + "$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** True when {@code password} is the one {@code stored} was made from; compares in constant time. */
    boolean matches(char[] password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(derive(password, salt, iterations), expected);
        } catch (IllegalArgumentException e) {
            return false; // a damaged hash matches no password
        }
    }

    /** Spends the time of one check without a hash to check against. */
    void matchNothing(char[] password) {
        matches(password, DECOY);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        // the JDK refuses an empty password; a one-character stand-in spends the same time and can
        // never match, since no profile's password is that short
        char[] typed = password == null || password.length == 0 ? new char[] {'\0'} : password;
        PBEKeySpec spec = new PBEKeySpec(typed, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK offers no PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }
}
