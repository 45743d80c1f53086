package org.zhengtong.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhengtong.DatabaseIntegrationTest;

/**
 * Base of the browser journeys (classes named {@code *BrowserIT}): the whole application on a
 * random port, and a fresh headless Chromium (empty profile, 1366x900) for every test.
 * <p>
 * Screenshots go to {@code target/screenshots/<TestClass>-<test>-<step>.png}; a failing test
 * leaves one named {@code ...-failure.png}. Skipped with a message when Chromium is not
 * installed, failed instead when {@code ZT_BROWSER_TESTS=required}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest extends DatabaseIntegrationTest {

	private static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");

	@LocalServerPort
	private int port;

	private Browser.Session session;

	private String testName;

	@RegisterExtension
	final AfterTestExecutionCallback screenshotOnFailure = this::screenshotOnFailure;

	@BeforeAll
	static void browserInstalled() {
		Browser.assumeAvailable();
	}

	@BeforeEach
	void openBrowser(TestInfo info) {
		testName = getClass().getSimpleName() + "-" + info.getTestMethod().map(m -> m.getName()).orElse("test");
		session = Browser.start();
	}

	@AfterEach
	void closeBrowser() {
		if (session != null) {
			session.close();
			session = null;
		}
	}

	/** The application's root URL, e.g. {@code http://localhost:41234}, without a trailing slash. */
	protected String baseUrl() {
		return "http://localhost:" + port;
	}

	protected WebDriver driver() {
		return session.driver();
	}

	/** Opens a path of the application, e.g. {@code open("/login")}. */
	protected void open(String path) {
		driver().get(baseUrl() + path);
	}

	protected WebElement find(By by) {
		return driver().findElement(by);
	}

	protected WebDriverWait await() {
		return new WebDriverWait(driver(), Duration.ofSeconds(10));
	}

	/**
	 * Waits until the element has left the page, i.e. the next page replaced it. While the old
	 * document is being torn down, chromedriver may report the node as "not belonging to the
	 * document" instead of stale; both mean the same here.
	 */
	protected void awaitGone(WebElement element) {
		await().until(driver -> {
			try {
				element.isEnabled();
				return false;
			}
			catch (org.openqa.selenium.StaleElementReferenceException ex) {
				return true;
			}
			catch (org.openqa.selenium.WebDriverException ex) {
				if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
					return true;
				}
				throw ex;
			}
		});
	}

	protected Object script(String js, Object... args) {
		return ((JavascriptExecutor) driver()).executeScript(js, args);
	}

	/** Saves the viewport as {@code target/screenshots/<TestClass>-<test>-<step>.png}. */
	protected Path screenshot(String step) {
		byte[] png = ((TakesScreenshot) driver()).getScreenshotAs(OutputType.BYTES);
		Path file = SCREENSHOTS.resolve(testName + "-" + step.replaceAll("[^\\w.-]", "_") + ".png");
		try {
			Files.createDirectories(SCREENSHOTS);
			Path tmp = Files.createTempFile(SCREENSHOTS, "shot", ".png");
			Files.write(tmp, png);
			Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	/**
	 * A message as the application ships it, read from {@code messages/<bundle>_<locale>.properties}
	 * (e.g. {@code message("portal", "zh_CN", "portal.home.welcome")}), so tests follow the resources.
	 */
	protected static String message(String bundle, String locale, String key) {
		String resource = "messages/" + bundle + "_" + locale + ".properties";
		Properties properties = new Properties();
		try (InputStream in = BrowserTest.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException("no message resource " + resource);
			}
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String value = properties.getProperty(key);
		if (value == null) {
			throw new IllegalArgumentException("no key " + key + " in " + resource);
		}
		return value;
	}

	private void screenshotOnFailure(ExtensionContext context) {
		if (context.getExecutionException().isPresent() && session != null) {
			try {
				screenshot("failure");
			}
			catch (RuntimeException ex) {
				context.getExecutionException().get().addSuppressed(ex);
			}
		}
	}
}
