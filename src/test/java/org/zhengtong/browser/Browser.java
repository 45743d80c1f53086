package org.zhengtong.browser;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's headless Chromium through the system chromedriver. Both paths are given to
 * Selenium explicitly, so Selenium Manager never looks for, or downloads, a driver or a browser.
 * <p>
 * Without the binaries the browser tests are skipped with a message, unless
 * {@code ZT_BROWSER_TESTS=required} (CI sets it), in which case they fail.
 */
public final class Browser {

	/** Debian's Chromium; another path can be given with {@code -Dzt.browser.chromium=...}. */
	public static final Path CHROMIUM = Path.of(System.getProperty("zt.browser.chromium", "/usr/bin/chromium"));

	/** Debian's chromedriver; another path can be given with {@code -Dzt.browser.chromedriver=...}. */
	public static final Path CHROMEDRIVER = Path
		.of(System.getProperty("zt.browser.chromedriver", "/usr/bin/chromedriver"));

	public static final int WIDTH = 1366;

	public static final int HEIGHT = 900;

	private static final String REQUIRED_ENV = "ZT_BROWSER_TESTS";

	private Browser() {
	}

	/** True when {@code ZT_BROWSER_TESTS=required}: a missing browser is then a failure. */
	public static boolean required() {
		return "required".equalsIgnoreCase(System.getenv(REQUIRED_ENV));
	}

	/** Skips (or, when required, fails) the calling test class if Chromium or chromedriver is missing. */
	public static void assumeAvailable() {
		String missing = Stream.of(CHROMIUM, CHROMEDRIVER)
			.filter(path -> !Files.isExecutable(path))
			.map(Path::toString)
			.reduce((a, b) -> a + " and " + b)
			.orElse(null);
		if (missing == null) {
			return;
		}
		String message = "Browser tests need Debian's Chromium: " + missing + " not found "
				+ "(apt-get install chromium chromium-driver).";
		if (required()) {
			throw new IllegalStateException(message + " " + REQUIRED_ENV + "=required, so this is a failure, not a skip.");
		}
		message += " Skipping the browser tests; set " + REQUIRED_ENV + "=required to make this a failure.";
		System.err.println("WARNING: " + message);
		Assumptions.abort(message);
	}

	/** A new headless Chromium with an empty temporary profile. Close it with {@link #close}. */
	public static Session start() {
		assumeAvailable();
		// Belt and braces: even code that builds its own service finds the system driver.
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		System.setProperty(ChromeDriverService.CHROME_DRIVER_SILENT_OUTPUT_PROPERTY, "true");
		Path profile = createProfileDir();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--no-first-run", "--no-default-browser-check", "--disable-quic", "--lang=zh-CN",
				"--window-size=" + WIDTH + "," + HEIGHT, "--user-data-dir=" + profile));
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.withLogOutput(OutputStream.nullOutputStream())
			.build();
		try {
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
			driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
			return new Session(driver, profile);
		}
		catch (RuntimeException ex) {
			deleteRecursively(profile);
			throw new IllegalStateException("Could not start " + CHROMIUM + " through " + CHROMEDRIVER + ": "
					+ ex.getMessage(), ex);
		}
	}

	private static Path createProfileDir() {
		try {
			return Files.createTempDirectory("zt-chromium-profile");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void deleteRecursively(Path dir) {
		if (dir == null || !Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			// A leftover temp profile is harmless; the next run uses a new one.
		}
	}

	/** A running browser and its temporary profile directory. */
	public record Session(WebDriver driver, Path profile) implements AutoCloseable {

		@Override
		public void close() {
			try {
				driver.quit();
			}
			finally {
				deleteRecursively(profile);
			}
		}
	}
}
