package dev.accord.app.command;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * A command returns only once the read models show its effect, so whoever sent it (a browser, an API
 * client) never reads a stale answer right after their own write. Projections stay asynchronous streaming
 * processors; the wait is bounded, and a read model that lags beyond it is logged, not hidden.
 */
@Component
public class ReadYourWrites implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(ReadYourWrites.class);

    private final ProjectionPositions positions;
    private final Duration patience;

    ReadYourWrites(ProjectionPositions positions,
                   @Value("${accord.read-your-writes.timeout:PT10S}") Duration patience) {
        this.positions = positions;
        this.patience = patience;
    }

    /** Metadata a batch writer (the demo history) sets when no one reads between its commands. */
    public static final String NO_WAIT = "noReadYourWritesWait";

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        if (Boolean.TRUE.equals(unitOfWork.getMessage().getMetaData().get(NO_WAIT))) {
            return chain.proceed();
        }
        unitOfWork.afterCommit(committed -> {
            long written = positions.lastEventIndex();
            if (!positions.awaitAllProjectionsAt(written, patience)) {
                log.warn("Read models have not caught up with event {} within {}; the next read may be stale",
                        written, patience);
            }
        });
        return chain.proceed();
    }
}
