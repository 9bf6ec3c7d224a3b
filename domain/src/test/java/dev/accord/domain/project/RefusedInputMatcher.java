package dev.accord.domain.project;

import dev.accord.domain.shared.InvalidInputException;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;

/** Matches an {@link InvalidInputException} that names the given field. */
final class RefusedInputMatcher extends TypeSafeMatcher<InvalidInputException> {

    private final String field;

    private RefusedInputMatcher(String field) {
        this.field = field;
    }

    static RefusedInputMatcher on(String field) {
        return new RefusedInputMatcher(field);
    }

    @Override
    protected boolean matchesSafely(InvalidInputException refusal) {
        return field.equals(refusal.field());
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("input refused on field ").appendValue(field);
    }
}
