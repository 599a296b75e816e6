package nl.leerkring.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with helpers to wait for PrimeFaces ajax,
 * to check a page with axe (WCAG 2.1 AA) and to keep screenshots in target/screenshots.
 * Nothing is downloaded: the browser and driver come from apt (see .ci/run).
 * Every test guards the Content-Security-Policy: anything the policy blocked on any page the
 * browser showed fails the test (checked with every axe check and when the browser closes).
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    /** Keeps every CSP violation in the tab's session storage, so it outlives the page that caused it. */
    private static final String RECORD_VIOLATIONS = "document.addEventListener('securitypolicyviolation', e => {"
            + " const all = JSON.parse(sessionStorage.getItem('cspViolations') || '[]');"
            + " all.push(e.documentURI + ': ' + e.effectiveDirective + ' blocked ' + (e.blockedURI || '(inline)')"
            + " + (e.sourceFile ? ' at ' + e.sourceFile + ':' + e.lineNumber : '') + ' ' + (e.sample || ''));"
            + " sessionStorage.setItem('cspViolations', JSON.stringify(all)); });";

    /** How often a wait tries its condition again. */
    private static final Duration POLL = Duration.ofMillis(50);

    private final Chromium chromium;
    private final WebDriver driver;
    private final String base;

    private Browser(Chromium chromium, String base) {
        this.chromium = chromium;
        this.driver = chromium.driver();
        this.base = base;
    }

    /** A phone-sized browser (390 x 844 CSS pixels) on the deployment. */
    public static Browser phone(String base) throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!Boolean.getBoolean("browser.required")) {
            Assumptions.assumeTrue(installed, "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        }
        Chromium chromium = Chromium.IDLE.poll();
        if (chromium == null) {
            chromium = Chromium.start();
        }
        chromium.driver.manage().window().setSize(new Dimension(390, 844));
        return new Browser(chromium, base.endsWith("/") ? base : base + "/");
    }

    /**
     * A started Chromium with its driver. Starting one takes seconds, so a closed {@link Browser} hands
     * its Chromium back, wiped (cookies, storage, cache, on about:blank), to the next test in this JVM; the
     * last ones quit when the JVM ends. A Chromium that cannot be wiped is quit instead of reused.
     */
    private record Chromium(ChromeDriver driver, Path userDataDir) {

        static final java.util.concurrent.ConcurrentLinkedDeque<Chromium> IDLE = new java.util.concurrent.ConcurrentLinkedDeque<>();

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                for (Chromium chromium; (chromium = IDLE.poll()) != null;) {
                    chromium.quit();
                }
            }, "quit idle Chromium"));
        }

        static Chromium start() throws IOException {
            Path userDataDir = Files.createTempDirectory("leerkring-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--lang=nl-NL", "--window-size=390,844",
                    "--user-data-dir=" + userDataDir);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS));
            return new Chromium(driver, userDataDir);
        }

        /** Forgets everything the last test did, as a fresh Chromium would know nothing; answers false if it could not. */
        boolean wipe(String origin) {
            try {
                driver.executeScript("try { sessionStorage.clear(); localStorage.clear(); } catch (e) {}");
                driver.get("about:blank");
                driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
                driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
                driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
                return driver.getWindowHandles().size() == 1;
            } catch (RuntimeException e) {
                return false;
            }
        }

        void quit() {
            try {
                driver.quit();
            } finally {
                try (var files = Files.walk(userDataDir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
                } catch (IOException e) {
                    // A temporary folder left behind; nothing a test depends on.
                }
            }
        }
    }

    /** Logs in with the keyboard (Enter in the password field) and waits for the dashboard. */
    public void logIn(String email, String password) {
        open("login.xhtml");
        type("#login\\:email", email);
        type("#login\\:password", password, org.openqa.selenium.Keys.ENTER);
        waitForHeading("Overzicht");
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public WebElement find(String css) {
        return wait(10).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public WebElement findLink(String text) {
        return wait(10).until(ExpectedConditions.elementToBeClickable(By.linkText(text)));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Sets a field's value as a date or time picker would (typing into them depends on the browser's locale). */
    public void setValue(String css, String value) {
        act("set " + css, d -> {
            WebElement field = ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)).apply(d);
            if (field == null) {
                return false;
            }
            ((JavascriptExecutor) d).executeScript(
                    "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                    field, value);
            return true;
        });
    }

    /**
     * Scrolls an element to the middle of the small window first, so no sticky bar covers it. Only for
     * an element inside one the caller just found; an element of the page itself is clicked by its
     * selector ({@link #click(String)}), which survives an ajax re-render.
     */
    public void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Clicks the element the selector names, located afresh until the click lands (see {@link #act}). */
    public void click(String css) {
        click(css, 0);
    }

    /** Clicks the {@code index}-th (from 0) visible element the selector names, located afresh on every try. */
    public void click(String css, int index) {
        act("click " + css + " #" + index, d -> {
            List<WebElement> all = d.findElements(By.cssSelector(css));
            if (all.size() <= index || !all.get(index).isDisplayed() || !all.get(index).isEnabled()) {
                return false;
            }
            click(all.get(index));
            return true;
        });
    }

    /** Clicks the link with this text, located afresh on every try. */
    public void clickLink(String text) {
        act("click link " + text, d -> {
            WebElement link = ExpectedConditions.elementToBeClickable(By.linkText(text)).apply(d);
            if (link == null) {
                return false;
            }
            click(link);
            return true;
        });
    }

    /** Types into the visible field the selector names, located afresh on every try. */
    public void type(String css, CharSequence... keys) {
        act("type into " + css, d -> {
            WebElement field = ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)).apply(d);
            if (field == null) {
                return false;
            }
            field.sendKeys(keys);
            return true;
        });
    }

    /** Types into the {@code index}-th (from 0) visible field the selector names, located afresh on every try. */
    public void type(String css, int index, CharSequence... keys) {
        act("type into " + css + " #" + index, d -> {
            List<WebElement> all = d.findElements(By.cssSelector(css));
            if (all.size() <= index || !all.get(index).isDisplayed()) {
                return false;
            }
            all.get(index).sendKeys(keys);
            return true;
        });
    }

    /** Chooses in the visible select the selector names ({@code s -> s.selectByValue("THEORY")}), located afresh on every try. */
    public void select(String css, java.util.function.Consumer<Select> choice) {
        act("select in " + css, d -> {
            WebElement field = ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)).apply(d);
            if (field == null) {
                return false;
            }
            choice.accept(new Select(field));
            return true;
        });
    }

    /** Whether the {@code index}-th (from 0) element the selector names is checked, read from an element located afresh. */
    public boolean isSelected(String css, int index) {
        return wait(10).withMessage("selected state of " + css + " #" + index).until(d -> {
            List<WebElement> all = d.findElements(By.cssSelector(css));
            return all.size() <= index ? null : all.get(index).isSelected();
        });
    }

    /** The visible text of the element the selector names, read from an element located afresh on every try. */
    public String text(String css) {
        return wait(10).withMessage("text of " + css)
                .until(d -> {
                    WebElement element = ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)).apply(d);
                    return element == null ? null : element.getText();
                });
    }

    /**
     * Runs an action on elements it locates itself, again and again until it reports success, for at
     * most 10 s: when an ajax update replaced an element between locating and acting on it (a stale
     * element, or a node that "does not belong to the document"), the next try locates the new one.
     * Never waits for time, only for the action to succeed.
     */
    private void act(String what, java.util.function.Function<WebDriver, Boolean> action) {
        wait(10).withMessage(what).until(action);
    }

    public String heading() {
        return text("h1").trim();
    }

    public void waitForHeading(String heading) {
        waitFor(Duration.ofSeconds(15), ExpectedConditions.textToBe(By.tagName("h1"), heading));
    }

    public void waitForText(String css, String text) {
        waitFor(Duration.ofSeconds(15), ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    /**
     * Waits up to {@code limit} for a condition, trying it again when an ajax update replaced an
     * element it had located (see {@link #wait(int)}). For drills on a busy machine that need longer
     * than the ITs' limits.
     */
    public <V> V waitFor(Duration limit, java.util.function.Function<? super WebDriver, ? extends V> condition) {
        return wait(limit).until(condition);
    }

    /** Waits until PrimeFaces has no ajax request in flight. */
    public void waitForAjax() {
        wait(15).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public WebDriver driver() {
        return driver;
    }

    /** The page fits the phone's width: nothing to scroll sideways. */
    public void assertNoHorizontalScroll() {
        Number overflow = (Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        Object offenders = ((JavascriptExecutor) driver).executeScript(
                "const w = document.documentElement.clientWidth; return Array.from(document.querySelectorAll('body *'))"
                        + ".filter(e => e.getBoundingClientRect().right > w + 1).slice(-3)"
                        + ".map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ');");
        assertTrue(overflow.intValue() <= 0, "page is " + overflow + " px wider than the screen: " + offenders);
    }

    /**
     * Every axis name of the Chart.js radar in the canvas lies wholly inside the canvas, and the web
     * gets at least {@code minRadius} CSS pixels: read from the chart's own layout of its labels.
     */
    @SuppressWarnings("unchecked")
    public void assertRadarLabelsInside(String canvasCss, int minRadius) {
        WebElement canvas = find(canvasCss);
        Map<String, Object> layout = (Map<String, Object>) wait(10).until(d -> ((JavascriptExecutor) d).executeScript(
                "const c = arguments[0]; const chart = window.Chart && Chart.getChart(c);"
                        + " if (!chart || !chart.scales.r._pointLabelItems) return null;"
                        + " const r = chart.scales.r;"
                        + " return {width: c.clientWidth, height: c.clientHeight, radius: r.drawingArea,"
                        + "   labels: r._pointLabelItems.map((item, i) => ({name: String(chart.data.labels[i]),"
                        + "     left: item.left, right: item.right, top: item.top, bottom: item.bottom}))};", canvas));
        double width = ((Number) layout.get("width")).doubleValue();
        double height = ((Number) layout.get("height")).doubleValue();
        for (Map<String, Object> label : (List<Map<String, Object>>) layout.get("labels")) {
            double left = ((Number) label.get("left")).doubleValue();
            double right = ((Number) label.get("right")).doubleValue();
            double top = ((Number) label.get("top")).doubleValue();
            double bottom = ((Number) label.get("bottom")).doubleValue();
            // Chart.js fits the widest label to the edge itself; a fraction of a pixel is rounding, not a cut glyph.
            double slack = 1;
            assertTrue(left >= -slack && right <= width + slack && top >= -slack && bottom <= height + slack,
                    "label " + label + " outside the canvas of " + width + " x " + height);
        }
        double radius = ((Number) layout.get("radius")).doubleValue();
        assertTrue(radius >= minRadius, "the radar's web has a radius of " + radius + " px");
    }

    /** Fails if the Content-Security-Policy blocked anything since the last check (the list is emptied). */
    @SuppressWarnings("unchecked")
    public void assertNoPolicyViolations() {
        List<String> violations = (List<String>) ((JavascriptExecutor) driver).executeScript(
                "try { const all = JSON.parse(sessionStorage.getItem('cspViolations') || '[]');"
                        + " sessionStorage.removeItem('cspViolations'); return all; } catch (e) { return []; }");
        assertEquals(List.of(), violations, "the Content-Security-Policy blocked something");
    }

    /** Runs axe-core on the page for WCAG 2.0/2.1 A and AA and fails on any violation; and checks the CSP. */
    @SuppressWarnings("unchecked")
    public void assertAccessible() throws IOException {
        assertNoPolicyViolations();
        String axe;
        try (InputStream in = Browser.class.getResourceAsStream(AXE)) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axe);
        Map<String, Object> result = (Map<String, Object>) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(r => done({violations: r.violations.map(v => v.id + ' (' + v.impact + '): '"
                        + " + v.nodes.map(n => n.target.join(' ')).join(', '))}));");
        List<String> violations = (List<String>) result.get("violations");
        assertEquals(List.of(), violations, "axe found WCAG 2.1 AA violations on " + driver.getCurrentUrl());
    }

    public void screenshot(String name) throws IOException {
        Path folder = Path.of(System.getProperty("screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /**
     * Waits for a condition, locating its elements afresh on every try. An ajax update may replace an
     * element between finding and reading it: Selenium then reports a stale element, or Chromium a
     * node that "does not belong to the document"; both only mean "try again".
     */
    private WebDriverWait wait(int seconds) {
        return wait(Duration.ofSeconds(seconds));
    }

    private WebDriverWait wait(Duration limit) {
        WebDriverWait wait = new WebDriverWait(driver, limit) {
            @Override
            public <V> V until(java.util.function.Function<? super WebDriver, ? extends V> condition) {
                return super.until(d -> {
                    try {
                        return condition.apply(d);
                    } catch (org.openqa.selenium.WebDriverException e) {
                        if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                            return null;
                        }
                        throw e;
                    }
                });
            }
        };
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        // Selenium's default waits half a second between tries: most conditions hold within a few tries.
        wait.pollingEvery(POLL);
        return wait;
    }

    @Override
    public void close() throws IOException {
        try {
            assertNoPolicyViolations();
        } finally {
            URI uri = URI.create(base);
            if (chromium.wipe(uri.getScheme() + "://" + uri.getAuthority())) {
                Chromium.IDLE.push(chromium);
            } else {
                chromium.quit();
            }
        }
    }

    /** Shortens the body text for assertion messages. */
    public String excerpt() {
        return pageText().lines().limit(40).collect(Collectors.joining("\n"));
    }
}
