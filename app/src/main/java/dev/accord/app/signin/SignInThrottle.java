package dev.accord.app.signin;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

import java.util.Locale;

/**
 * A token bucket of sign-in attempts for each account name and each client address (Bucket4j). An attempt takes
 * a token from both before the password is checked and gives them back when it succeeds, so only failures count
 * and an empty bucket refuses without spending bcrypt's CPU.
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
        this.accounts = Caffeine.newBuilder().maximumSize(REMEMBERED).expireAfterAccess(limits.account().period())
                .build();
        this.addresses = Caffeine.newBuilder().maximumSize(REMEMBERED).expireAfterAccess(limits.address().period())
                .build();
    }

    /** Takes one attempt for this account from this address, or refuses it with how long to wait. */
    Attempt begin(String username, String address) {
        Bucket account = accounts.get(username.strip().toLowerCase(Locale.ROOT), name -> bucket(limits.account()));
        ConsumptionProbe byAccount = account.tryConsumeAndReturnRemaining(1);
        if (!byAccount.isConsumed()) {
            throw new SignInThrottledException(byAccount.getNanosToWaitForRefill());
        }
        Bucket client = addresses.get(address, key -> bucket(limits.address()));
        ConsumptionProbe byAddress = client.tryConsumeAndReturnRemaining(1);
        if (!byAddress.isConsumed()) {
            account.addTokens(1);
            throw new SignInThrottledException(byAddress.getNanosToWaitForRefill());
        }
        return new Attempt(account, client);
    }

    private Bucket bucket(SignInLimits.Limit limit) {
        return Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.failures()).refillGreedy(limit.failures(), limit.period()))
                .withCustomTimePrecision(clock)
                .build();
    }

    /** One sign-in in progress: it counts as a failure unless it is given back. */
    record Attempt(Bucket account, Bucket address) {

        /** The password was right, or the check could not be made: not the guesser's failure. */
        void giveBack() {
            account.addTokens(1);
            address.addTokens(1);
        }
    }
}
