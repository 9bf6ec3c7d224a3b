package dev.accord.app.command;

import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;

/**
 * Axon's command gateway, but a command sent and waited for returns once the read models it changed have caught up
 * ({@link ReadYourWrites}): after its unit of work has let go of the lock and the connection.
 */
public class ReadYourWritesGateway extends DefaultCommandGateway {

    private final ReadYourWrites readYourWrites;

    public ReadYourWritesGateway(Builder builder, ReadYourWrites readYourWrites) {
        super(builder);
        this.readYourWrites = readYourWrites;
    }

    @Override
    public <R> R sendAndWait(Object command) {
        return readYourWrites.afterwards(command, () -> super.sendAndWait(command));
    }

    @Override
    public <R> R sendAndWait(Object command, long timeout, TimeUnit unit) {
        return readYourWrites.afterwards(command, () -> super.sendAndWait(command, timeout, unit));
    }
}
