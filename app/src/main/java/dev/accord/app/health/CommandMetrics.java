package dev.accord.app.health;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Optional;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.ExecutionResult;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Every handled command as the timer {@code accord.commands}, tagged with the command's type, its outcome
 * (success or failure) and the exception's type. The time runs until the unit of work is cleaned up, so it
 * includes waiting for the aggregate's lock, loading it and appending the events, as the sender experiences it.
 */
@Configuration(proxyBeanMethods = false)
class CommandMetrics {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    MessageHandlerInterceptor<CommandMessage<?>> timeEachCommand(MeterRegistry registry) {
        return (UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) -> {
            Timer.Sample sample = Timer.start(registry);
            String command = unitOfWork.getMessage().getPayloadType().getSimpleName();
            unitOfWork.onCleanup(done -> {
                Optional<Throwable> failure = Optional.ofNullable(done.getExecutionResult())
                        .filter(ExecutionResult::isExceptionResult)
                        .map(ExecutionResult::getExceptionResult);
                boolean failed = failure.isPresent() || done.isRolledBack();
                sample.stop(Timer.builder("accord.commands")
                        .description("Commands handled on this node")
                        .tag("command", command)
                        .tag("outcome", failed ? "failure" : "success")
                        .tag(
                                "exception",
                                failure.map(e -> e.getClass().getSimpleName()).orElse("none"))
                        .publishPercentileHistogram()
                        .register(registry));
            });
            return chain.proceed();
        };
    }
}
