package dev.accord.ops.bench;

/**
 * A benchmark stops its application and drops its database however it ends: Ctrl-C skips finally blocks but runs
 * shutdown hooks, so the clean-up is both.
 */
final class CleanUpAlways {

    interface Measurement {
        void run() throws Exception;
    }

    private CleanUpAlways() {
    }

    static void around(Measurement measurement, Runnable cleanUp) throws Exception {
        Thread hook = new Thread(cleanUp, "bench-clean-up");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            measurement.run();
        } finally {
            cleanUp.run();
            Runtime.getRuntime().removeShutdownHook(hook);
        }
    }
}
