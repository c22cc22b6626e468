package org.interviewarchive.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for browser tests: Debian's {@code /usr/bin/chromium} driven through {@code /usr/bin/chromedriver},
 * both given explicitly so that nothing is looked up or downloaded. One browser serves the whole test run; each test
 * starts with no cookies in a desktop-sized window. Test methods receive it as a {@link WebDriver} parameter.
 *
 * <p>Without either binary the tests are skipped with the reason printed, unless {@code ARCHIVE_REQUIRE_BROWSER=1},
 * which makes that a failure (CI sets it after installing Chromium).
 */
public final class Browser implements ExecutionCondition, BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    public static final Dimension DESKTOP = new Dimension(1280, 900);
    public static final Dimension PHONE = new Dimension(375, 812);
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String REQUIRE = "ARCHIVE_REQUIRE_BROWSER";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);

    /** Without a browser, skip, saying why; unless a browser is required, in which case {@link #beforeAll} fails. */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        List<Path> missing = missing();
        if (missing.isEmpty() || required()) {
            return ConditionEvaluationResult.enabled("Chromium and its driver are installed or required");
        }
        String reason = context.getDisplayName() + " skipped: " + reasonFor(missing);
        System.out.println(reason);
        return ConditionEvaluationResult.disabled(reason);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        List<Path> missing = missing();
        if (!missing.isEmpty()) {
            throw new AssertionError(reasonFor(missing) + "; " + REQUIRE + "=1 makes their absence a failure");
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        WebDriver driver = driver(context);
        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(DESKTOP);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WebDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return driver(context);
    }

    private static List<Path> missing() {
        return Stream.of(CHROMIUM, CHROMEDRIVER).filter(binary -> !Files.isExecutable(binary)).toList();
    }

    private static boolean required() {
        return "1".equals(System.getenv(REQUIRE));
    }

    private static String reasonFor(List<Path> missing) {
        return "browser tests need " + missing.stream().map(Path::toString).toList()
                + " (Debian: apt-get install chromium chromium-driver)";
    }

    /** Saves what the browser shows as {@code target/screenshots/NAME.png}. */
    public static Path screenshot(WebDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WebDriver driver(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(Session.class, type -> Session.start(), Session.class)
                .driver();
    }

    /** A running browser with its own fresh profile, closed and removed when the test run ends. */
    private record Session(ChromeDriver driver, Path profile) implements AutoCloseable {

        static Session start() {
            try {
                Path profile = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "chromium-profile-");
                ChromeOptions options = new ChromeOptions();
                options.setBinary(CHROMIUM.toFile());
                options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                        "--hide-scrollbars", "--window-size=" + DESKTOP.width + "," + DESKTOP.height,
                        "--user-data-dir=" + profile.toAbsolutePath());
                ChromeDriverService service = new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .usingAnyFreePort()
                        .build();
                ChromeDriver driver = new ChromeDriver(service, options);
                driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
                return new Session(driver, profile);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                driver.quit();
            } finally {
                try (Stream<Path> files = Files.walk(profile)) {
                    files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
                }
            }
        }
    }
}
