package dev.accord.ui.base;

import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import java.util.Optional;
import java.util.function.Function;

/** Turns the domain's "what is wrong with this value" rules into Binder validators, so both say the same. */
public final class Problems {

    private Problems() {}

    public static <T> Validator<T> asValidator(Function<T, Optional<String>> rule) {
        return (value, context) ->
                rule.apply(value).map(ValidationResult::error).orElseGet(ValidationResult::ok);
    }
}
