package dev.accord.app.signin;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import java.util.Locale;

/**
 * A token bucket of failed sign-ins for each account name and each client address (Bucket4j). An attempt goes ahead
 * only while both buckets hold a token, checked before the password is, so an empty bucket refuses without spending
 * bcrypt's CPU; a wrong password then takes a token from both, and nothing else does.
 * <p>
 * The buckets live in this node's memory: with several nodes, each allows its own share (limits times nodes),
 * which still caps guessing at a few attempts a minute per account; sharing them through PostgreSQL would cost a
 * write per sign-in, and sign-in must not fail when the database does. A bucket untouched for its period is full
 * again, so forgetting it then changes nothing; at most {@link #REMEMBERED} of each kind are kept, so guessing
 * with endless made-up names cannot fill the memory.
 */
final class SignInThrottle {

    static final int REMEMBERED = 100_000;

    private final SignInLimits limits;
    private final TimeMeter clock;
    private final Cache<String, Bucket> accounts;
    private final Cache<String, Bucket> addresses;

    SignInThrottle(SignInLimits limits, TimeMeter clock) {
        this.limits = limits;
        this.clock = clock;
        this.accounts = Caffeine.newBuilder()
                .maximumSize(REMEMBERED)
                .expireAfterAccess(limits.account().period())
                .build();
        this.addresses = Caffeine.newBuilder()
                .maximumSize(REMEMBERED)
                .expireAfterAccess(limits.address().period())
                .build();
    }

    /**
     * Lets an attempt for this account from this address go ahead, or refuses it with how long to wait. Nothing is
     * taken yet: a correct password never counts, however many colleagues sign in at the same moment from behind one
     * address. A guesser sending attempts side by side gets at most as many in flight past an empty bucket.
     */
    Attempt begin(String username, String address) {
        Bucket account = accounts.get(username.strip().toLowerCase(Locale.ROOT), name -> bucket(limits.account()));
        EstimationProbe byAccount = account.estimateAbilityToConsume(1);
        if (!byAccount.canBeConsumed()) {
            throw new SignInThrottledException(byAccount.getNanosToWaitForRefill());
        }
        Bucket client = addresses.get(address, key -> bucket(limits.address()));
        EstimationProbe byAddress = client.estimateAbilityToConsume(1);
        if (!byAddress.canBeConsumed()) {
            throw new SignInThrottledException(byAddress.getNanosToWaitForRefill());
        }
        return new Attempt(account, client);
    }

    private Bucket bucket(SignInLimits.Limit limit) {
        return Bucket.builder()
                .addLimit(bandwidth ->
                        bandwidth.capacity(limit.failures()).refillGreedy(limit.failures(), limit.period()))
                .withCustomTimePrecision(clock)
                .build();
    }

    /** One sign-in in progress: only a wrong password counts against the account and the address. */
    record Attempt(Bucket account, Bucket address) {

        void failed() {
            account.tryConsume(1);
            address.tryConsume(1);
        }
    }
}
