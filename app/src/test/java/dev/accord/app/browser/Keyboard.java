package dev.accord.app.browser;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person who uses only the keyboard: Tab to move on, Enter or Space to act, typing into whatever has focus. It
 * never clicks, so a control that cannot be reached or used this way fails the test that needs it.
 */
final class Keyboard {

    /** Enough Tab presses to cross the navigation drawer and a long inbox; more means the control has no tab stop. */
    private static final int MOST_TABS = 300;

    /** Whether the focused element, followed down through shadow roots, is the element given or inside it. */
    private static final String FOCUS_IS_IN = """
            let focused = document.activeElement;
            while (focused && focused.shadowRoot && focused.shadowRoot.activeElement) {
                focused = focused.shadowRoot.activeElement;
            }
            for (let node = focused; node; node = node.parentNode || node.host) {
                if (node === arguments[0]) return true;
            }
            return false;""";

    /** What has focus, for the failure message: its tag with id, class or text. */
    private static final String FOCUSED = """
            let focused = document.activeElement;
            while (focused && focused.shadowRoot && focused.shadowRoot.activeElement) {
                focused = focused.shadowRoot.activeElement;
            }
            let named = focused;
            while (named && !named.id && named.parentNode) named = named.parentNode.host || named.parentNode;
            return (focused ? focused.tagName.toLowerCase() : 'nothing')
                    + (named && named.id ? ' in #' + named.id : '')
                    + (focused && focused.innerText ? ' "' + focused.innerText.trim().slice(0, 30) + '"' : '');""";

    private final Browser browser;

    Keyboard(Browser browser) {
        this.browser = browser;
    }

    /** Presses Tab until this element (or a field inside it) has focus; fails listing the stops it passed. */
    void tabTo(WebElement target) {
        List<String> passed = new ArrayList<>();
        for (int tab = 0; tab < MOST_TABS; tab++) {
            if (hasFocus(target)) {
                return;
            }
            passed.add(focused());
            press(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + describe(target) + "; it went through " + passed);
    }

    /** Waits until focus is in this element, e.g. the first field of a dialog that has just opened. */
    void waitForFocusIn(WebElement target) {
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20)).until(d -> hasFocus(target));
    }

    void press(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    void type(String text) {
        press(text);
    }

    private boolean hasFocus(WebElement target) {
        return Boolean.TRUE.equals(browser.driver().executeScript(FOCUS_IS_IN, target));
    }

    private String focused() {
        return String.valueOf(browser.driver().executeScript(FOCUSED));
    }

    private static String describe(WebElement target) {
        String id = target.getAttribute("id");
        return target.getTagName() + (id == null || id.isEmpty() ? "" : "#" + id);
    }
}
