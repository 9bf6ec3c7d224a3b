package dev.accord.ops.harness;

/**
 * A benchmark stops its application and drops its database however it ends: Ctrl-C skips finally blocks but runs
 * shutdown hooks, so the clean-up is both.
 */
public final class CleanUpAlways {

    public interface Measurement {
        void run() throws Exception;
    }

    private CleanUpAlways() {}

    public static void around(Measurement measurement, Runnable cleanUp) throws Exception {
        Thread hook = new Thread(cleanUp, "bench-clean-up");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            measurement.run();
        } finally {
            cleanUp.run();
            Runtime.getRuntime().removeShutdownHook(hook);
        }
    }

    /** Stops the application (when it was started) and drops the run's database, each whatever the other does. */
    public static void stopAndDrop(AccordProcess app, ServerDatabase database) {
        try {
            if (app != null) {
                app.close();
            }
        } catch (Exception failure) {
            System.err.println("Could not stop Accord: " + failure);
        }
        try {
            database.close();
        } catch (Exception failure) {
            System.err.println("Could not drop " + database.name() + ": " + failure);
        }
    }
}
