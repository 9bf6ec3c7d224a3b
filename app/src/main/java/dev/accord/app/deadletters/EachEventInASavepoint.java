package dev.accord.app.deadletters;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A projection's handler writes each event inside a savepoint of the processor's transaction. When one of its
 * statements fails (a value a column cannot hold), PostgreSQL would refuse every later statement of the transaction,
 * including the one that parks the event in the dead-letter queue; rolling back to the savepoint undoes only this
 * event's writes and leaves the transaction healthy, so the event is parked and the processor goes on.
 *
 * <p>Applies to the live processors' handlers only: Axon builds those with the enhancers of this application
 * context, while a rebuild calls the same objects through a handler adapter of its own.
 */
@Component
class EachEventInASavepoint implements HandlerEnhancerDefinition {

    private final TransactionTemplate savepoint;

    EachEventInASavepoint(PlatformTransactionManager transactions) {
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(EventMessage.class)
                || !original.declaringClass().isAnnotationPresent(ProcessingGroup.class)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                    return original.handle(message, target);
                }
                try {
                    return savepoint.execute(status -> {
                        try {
                            return original.handle(message, target);
                        } catch (RuntimeException e) {
                            throw e;
                        } catch (Exception e) {
                            throw new CheckedFailure(e);
                        }
                    });
                } catch (CheckedFailure failure) {
                    throw (Exception) failure.getCause();
                }
            }
        };
    }

    /** Carries a handler's checked exception through the template, which rolls back on runtime exceptions. */
    private static final class CheckedFailure extends RuntimeException {
        CheckedFailure(Exception cause) {
            super(cause);
        }
    }
}
