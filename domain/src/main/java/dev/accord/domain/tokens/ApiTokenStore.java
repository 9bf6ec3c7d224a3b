package dev.accord.domain.tokens;

import java.time.Instant;
import java.util.UUID;

/** Where tokens are kept, by the hash of their secret; implemented outside the domain. */
public interface ApiTokenStore {

    void add(UUID id, String username, String name, String secretHash, Instant expiresAt);

    /** Revokes the owner's token if it still works; false if there is no such working token of theirs. */
    boolean revoke(UUID id, String username);
}
