package dev.accord.app.signin;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Who signed in with which password a moment ago, so that a script calling the API with HTTP Basic pays bcrypt's
 * ~60 ms of CPU once every few minutes instead of on every request: fifty colleagues approving at once otherwise
 * queue for two cores' worth of hashing before any of them is answered. A password is remembered only as a salted
 * SHA-256 digest, with a salt made at start and never stored, and only for {@link #REMEMBERED_FOR}.
 * <p>
 * A remembered sign-in counts only while the account, read afresh on every request, is enabled and still has the
 * password hash it had then: disabling an account or resetting its password ends it at once, on every node.
 */
final class RecentSignIns {

    static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);

    private final byte[] salt = new byte[32];
    private final Cache<String, Remembered> recent = Caffeine.newBuilder()
            .maximumSize(SignInThrottle.REMEMBERED)
            .expireAfterWrite(REMEMBERED_FOR)
            .build();

    RecentSignIns() {
        new SecureRandom().nextBytes(salt);
    }

    /** Whether this password was accepted for this account, as it is now, a moment ago. */
    boolean recognise(UserDetails account, String password) {
        Remembered remembered = recent.getIfPresent(key(account.getUsername()));
        return remembered != null
                && account.isEnabled()
                && account.getPassword().equals(remembered.passwordHash())
                && MessageDigest.isEqual(remembered.digest(), digest(password));
    }

    void remember(UserDetails account, String password) {
        recent.put(key(account.getUsername()), new Remembered(account.getPassword(), digest(password)));
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private byte[] digest(String password) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            return sha256.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException everyJdkHasIt) {
            throw new IllegalStateException(everyJdkHasIt);
        }
    }

    /** The account's stored hash when the password was checked, and the password's digest. */
    private record Remembered(String passwordHash, byte[] digest) {}
}
