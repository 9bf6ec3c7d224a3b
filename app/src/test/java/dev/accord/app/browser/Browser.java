package dev.accord.app.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's headless Chromium (Debian's chromium and chromedriver, nothing downloaded), with the few
 * steps our tests take in Vaadin's UI.
 */
public final class Browser implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path profile;

    public Browser(String baseUrl) throws IOException {
        this.baseUrl = baseUrl;
        this.profile = Files.createTempDirectory("accord-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("accord.chromium", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1400,900",
                "--lang=en-GB",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("accord.chromedriver", "/usr/bin/chromedriver")))
                .build();
        this.driver = new ChromeDriver(service, options);
    }

    public void signInAs(String username, String password) {
        driver.get(baseUrl + "/login");
        waitFor(By.cssSelector("input[name=username]")).sendKeys(username);
        driver.findElement(By.cssSelector("input[name=password]")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-button[slot=submit]")).click();
        waitFor(By.id("signed-in-user"));
    }

    /** Signs in with a password an administrator set, and waits to be asked to choose one's own. */
    public void signInAsToChoosePassword(String username, String password) {
        driver.get(baseUrl + "/login");
        waitFor(By.cssSelector("input[name=username]")).sendKeys(username);
        driver.findElement(By.cssSelector("input[name=password]")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-button[slot=submit]")).click();
        waitFor(By.id("choose-current-password"));
    }

    /** Signs in and waits to be sent back to the login page with a reason (?error, ?throttled=...). */
    public void signInAsExpectingFailure(String username, String password) {
        driver.get(baseUrl + "/login");
        waitFor(By.cssSelector("input[name=username]")).sendKeys(username);
        driver.findElement(By.cssSelector("input[name=password]")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-button[slot=submit]")).click();
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.urlMatches("/login\\?.+"));
    }

    public void waitForUrlEndingWith(String ending) {
        new WebDriverWait(driver, PATIENCE).until(d -> d.getCurrentUrl().endsWith(ending));
    }

    /** Waits until the page holds this text somewhere, inside components' shadow DOM too (the login form's). */
    public void waitForPageText(String text) {
        new WebDriverWait(driver, PATIENCE).until(d -> deepText().contains(text));
    }

    /** The text of the whole page including every shadow root, where Vaadin's components keep their messages. */
    public String deepText() {
        return (String) driver.executeScript("""
                const deep = node => (node.shadowRoot ? deep(node.shadowRoot) : '') + [...node.childNodes]
                        .map(child => child.nodeType === 3 ? child.textContent : deep(child)).join(' ');
                return deep(document.body);""");
    }

    /** Whether an element is on the page and shown now (Vaadin leaves invisible components out or hidden). */
    public boolean isShown(By locator) {
        return driver.findElements(locator).stream().anyMatch(WebElement::isDisplayed);
    }

    /** Waits until nothing this locator finds is shown (hidden or gone). */
    public void waitUntilHidden(By locator) {
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.invisibilityOfElementLocated(locator));
    }

    public WebElement waitFor(By locator) {
        return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /**
     * Clicks a button once it can be clicked. A notification may lie over it for a few seconds, as over a person's
     * pointer: the click is tried again, the button brought to the middle of the page, until it reaches it.
     */
    public void click(String id) {
        new WebDriverWait(driver, PATIENCE)
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    WebElement button =
                            ExpectedConditions.elementToBeClickable(By.id(id)).apply(d);
                    if (button == null) {
                        return false;
                    }
                    try {
                        button.click();
                    } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
                        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
                        throw covered;
                    }
                    return true;
                });
    }

    /** Replaces a field's text, once the field takes input (a dialog may still be opening). */
    public void type(String fieldId, String text) {
        By field = By.cssSelector("#" + fieldId + " input, #" + fieldId + " textarea");
        new WebDriverWait(driver, PATIENCE)
                .ignoring(org.openqa.selenium.InvalidElementStateException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    WebElement input = d.findElement(field);
                    input.sendKeys(
                            org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                            org.openqa.selenium.Keys.BACK_SPACE);
                    input.sendKeys(text);
                    return true;
                });
    }

    /** Waits until a grid cell shows exactly this text. */
    public void waitForCell(String text) throws IOException {
        waitForCellMatching(text::equals);
    }

    /** Waits until a grid cell's text starts with this, e.g. a person's name followed by their side badge. */
    public void waitForCellStartingWith(String text) throws IOException {
        waitForCellMatching(cellText -> cellText.startsWith(text));
    }

    private void waitForCellMatching(java.util.function.Predicate<String> wanted) throws IOException {
        try {
            new WebDriverWait(driver, PATIENCE).until(d -> cellTexts().stream().anyMatch(wanted));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("failed-waiting-for-cell");
            throw e;
        }
    }

    /** The error shown beside a field, once there is one. */
    public String errorBeside(String fieldId) {
        return new WebDriverWait(driver, PATIENCE).until(d -> {
            String message = d.findElement(By.cssSelector("#" + fieldId + " [slot=error-message]"))
                    .getText();
            return message.isBlank() ? null : message;
        });
    }

    /** Opens a combo box, filters it by the label and picks the first item that starts with it. */
    public void chooseInComboBox(String id, String label) {
        WebElement input = waitFor(By.cssSelector("#" + id + " input"));
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
        input.sendKeys(org.openqa.selenium.Keys.BACK_SPACE);
        input.sendKeys(label);
        new WebDriverWait(driver, PATIENCE)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.tagName("vaadin-combo-box-item")).stream()
                        .filter(item -> item.getText().strip().startsWith(label))
                        .findFirst()
                        .map(item -> {
                            item.click();
                            return true;
                        })
                        .orElse(null));
    }

    /** Opens a select and picks the first item whose label starts with this. */
    public void chooseInSelect(String id, String label) {
        click(id);
        new WebDriverWait(driver, PATIENCE)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.tagName("vaadin-select-item")).stream()
                        .filter(item ->
                                item.isDisplayed() && item.getText().strip().startsWith(label))
                        .findFirst()
                        .map(item -> {
                            item.click();
                            return true;
                        })
                        .orElse(null));
    }

    /** Picks the radio button with this label in a radio button group. */
    public void chooseRadio(String groupId, String label) {
        WebElement radio = new WebDriverWait(driver, PATIENCE)
                .until(d -> d.findElements(By.cssSelector("#" + groupId + " vaadin-radio-button")).stream()
                        .filter(button -> label.equals(button.getText().strip()))
                        .findFirst()
                        .orElse(null));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", radio);
        radio.click();
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    /** Waits for the card (an approval or a change) that names this project, then clicks its button. */
    public void clickOnCard(String cardClass, String projectTitle, String buttonClass) {
        By button = By.xpath("//*[contains(@class,'" + cardClass + "')][.//*[contains(text(),\"" + projectTitle
                + "\")]]//vaadin-button[contains(@class,'" + buttonClass + "')]");
        // Live views re-render as others act, so find, scroll and click in one step, again if it went stale.
        new WebDriverWait(driver, PATIENCE)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> {
                    WebElement found = d.findElement(button);
                    driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", found);
                    found.click();
                    return true;
                });
    }

    public void waitForCard(String cardClass, String projectTitle) {
        waitFor(By.xpath("//*[contains(@class,'" + cardClass + "')][.//*[contains(text(),\"" + projectTitle + "\")]]"));
    }

    /** The text of the part ({@code partClass}) of the card that names this project, once the card is there. */
    public String textOnCard(String cardClass, String projectTitle, String partClass) {
        By part = By.xpath("//*[contains(@class,'" + cardClass + "')][.//*[contains(text(),\"" + projectTitle
                + "\")]]//*[contains(@class,'" + partClass + "')]");
        return new WebDriverWait(driver, PATIENCE)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(part).stream()
                        .findFirst()
                        .map(WebElement::getText)
                        .filter(text -> !text.isBlank())
                        .orElse(null));
    }

    /** Follows the link with this text (a project title in a grid or a card), even while the view re-renders. */
    public void followLink(String text) {
        String href = new WebDriverWait(driver, PATIENCE)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.xpath("//a[normalize-space(text())=\"" + text + "\"]")).stream()
                        .findFirst()
                        .map(link -> link.getAttribute("href"))
                        .orElse(null));
        driver.get(href);
    }

    public void waitForTextContaining(String id, String text) throws IOException {
        try {
            new WebDriverWait(driver, PATIENCE)
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("failed-waiting-for-" + id);
            throw e;
        }
    }

    public void waitForText(String id, String text) throws IOException {
        try {
            new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.textToBe(By.id(id), text));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("failed-waiting-for-" + id);
            throw e;
        }
    }

    public void waitForCellContaining(String text) throws IOException {
        waitForCellMatching(cellText -> cellText.contains(text));
    }

    /** The texts of the timeline's "What happened" cells, top to bottom. */
    public java.util.List<String> cellsContaining(String text) {
        return cellTexts().stream().filter(cellText -> cellText.contains(text)).toList();
    }

    /**
     * The texts every shown grid cell of the page shows, read in one round trip to the browser: asking cell by cell
     * takes a round trip each, so a page with a few hundred cells took a second to look at once.
     */
    private java.util.List<String> cellTexts() {
        Object texts = driver.executeScript("""
                return [...document.querySelectorAll('vaadin-grid-cell-content')]
                        .filter(cell => cell.checkVisibility())
                        .map(cell => cell.innerText.trim());""");
        return ((java.util.List<?>) texts).stream().map(String::valueOf).toList();
    }

    /** The top edge of the first grid cell containing this text, to compare the order rows are shown in. */
    public int topOfCellContaining(String text) {
        return new WebDriverWait(driver, PATIENCE)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                        .filter(cell -> cell.getText().contains(text))
                        .findFirst()
                        .map(cell -> cell.getRect().getY())
                        .orElse(null));
    }

    /** Whether the grid cell containing this text shows it as a reply (indented beneath what it discusses). */
    public boolean isReply(String text) {
        return !driver.findElements(By.xpath("//vaadin-grid-cell-content//*[contains(@class,'timeline-reply')]"
                        + "[contains(., \"" + text + "\")]"))
                .isEmpty();
    }

    /**
     * Opens a page and waits, looking every 20 ms, until a grid cell shows this text; returns the milliseconds
     * that took, as a person would wait for it (sign-in excluded, page load and the first data round trip in).
     */
    public long openAndTimeUntilCell(String path, String text) throws IOException {
        long start = System.nanoTime();
        driver.get(baseUrl + path);
        try {
            new WebDriverWait(driver, PATIENCE, Duration.ofMillis(20))
                    .until(d -> cellTexts().stream().anyMatch(cell -> cell.contains(text)));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("failed-opening-" + text.replaceAll("\\W+", "-"));
            throw e;
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * Scrolls a grid to a row with its own scrollToIndex and waits in the page, frame by frame, until a cell
     * shows this text; returns the milliseconds from the scroll to that frame, as measured by the browser.
     */
    public long scrollGridUntilCell(String gridId, int index, String text) {
        driver.manage().timeouts().scriptTimeout(PATIENCE);
        Object millis = driver.executeAsyncScript("""
                const [gridId, index, text, done] = arguments;
                const grid = document.getElementById(gridId);
                const start = performance.now();
                grid.scrollToIndex(index);
                const shown = () => [...grid.querySelectorAll('vaadin-grid-cell-content')]
                        .some(cell => cell.textContent.includes(text));
                const look = () => shown() ? done(performance.now() - start) : requestAnimationFrame(look);
                look();""", gridId, index, text);
        return Math.round(((Number) millis).doubleValue());
    }

    /** Whether a cell containing this text is inside the grid's visible area (not just loaded in its buffer). */
    public boolean isCellInView(String gridId, String text) {
        return (Boolean) driver.executeScript("""
                const [gridId, text] = arguments;
                const grid = document.getElementById(gridId).getBoundingClientRect();
                return [...document.getElementById(gridId).querySelectorAll('vaadin-grid-cell-content')]
                        .filter(cell => cell.textContent.includes(text))
                        .map(cell => cell.getBoundingClientRect())
                        .some(cell => cell.height > 0 && cell.top >= grid.top && cell.bottom <= grid.bottom
                                && cell.top >= 0 && cell.bottom <= window.innerHeight);""", gridId, text);
    }

    /** Scrolls the page until this component is in view, as a person scrolls down to it. */
    /** Clicks the first element found, brought to the middle of the window first (grids render below the fold). */
    public void clickFirst(By locator) {
        WebElement element = waitFor(locator);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        new WebDriverWait(driver, PATIENCE)
                .until(ExpectedConditions.elementToBeClickable(element))
                .click();
    }

    /**
     * Chooses a file in a Vaadin upload, as a person picks it in the file dialog: the upload's file input takes the
     * path (it lives in the component's shadow root).
     */
    public void upload(String uploadId, Path file) {
        WebElement upload = waitFor(By.id(uploadId));
        WebElement input = upload.findElements(By.cssSelector("input[type=file]")).stream()
                .findFirst()
                .orElseGet(() -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /** Whether the button is shown and can be clicked now. */
    public boolean isEnabled(String id) {
        return waitFor(By.id(id)).isEnabled() && waitFor(By.id(id)).getAttribute("disabled") == null;
    }

    public void scrollIntoView(String id) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'start'})", waitFor(By.id(id)));
    }

    /** The text an element shows now, or null while there is no such element. */
    public String textOf(String id) {
        return driver.findElements(By.id(id)).stream()
                .findFirst()
                .map(WebElement::getText)
                .orElse(null);
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The driver itself, for tools that take one (axe-core's accessibility checks, keyboard-only journeys). */
    public ChromeDriver driver() {
        return driver;
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public void screenshot(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Leaves the page before the browser quits, as a person closing the tab does: the page's "pagehide" sends Vaadin's
     * beacon and the server closes the UI at once. Killed outright, the browser would leave its UI on the server until
     * its heartbeats are missed, still rebuilt by every live update in the meantime.
     */
    @Override
    public void close() {
        try {
            driver.get("about:blank");
        } catch (org.openqa.selenium.WebDriverException alreadyGone) {
            // Nothing left to leave.
        } finally {
            driver.quit();
        }
    }
}
