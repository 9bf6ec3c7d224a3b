package dev.accord.app.database;

/** Whether the embedded PostgreSQL may acknowledge a commit before it is on the disk. */
public enum Durability {

    /**
     * The product, always: fsync, synchronous_commit and full_page_writes on, so an acknowledged decision survives an
     * operating-system crash or a power loss and a torn page cannot corrupt the files.
     */
    DURABLE,

    /**
     * Tests only (accord.embedded-database.test-only-unsafe-no-fsync=true): nothing waits for the disk. A crash of
     * the machine may lose or corrupt anything.
     */
    TEST_ONLY_UNSAFE_NO_FSYNC
}
