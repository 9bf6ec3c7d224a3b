package dev.accord.app.command;

import dev.accord.domain.shared.ConflictException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.lock.LockAcquisitionFailedException;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * A command that could not have its project's (or year's) lock within the patience set in the Axon configuration is
 * refused as a conflict, in words the person can act on, like any other refusal: the API answers 409, the browser
 * shows the message. Nothing was recorded.
 */
@Component
class BusyIsAConflict implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (LockAcquisitionFailedException busy) {
            throw new ConflictException("Others are acting on this at this very moment; nothing was recorded. "
                    + "Look at it again and retry");
        }
    }
}
