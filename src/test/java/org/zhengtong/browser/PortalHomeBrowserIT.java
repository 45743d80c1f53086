package org.zhengtong.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/** The portal home page as a visitor sees it: Chinese first, keyboard-usable, English on request. */
class PortalHomeBrowserIT extends BrowserTest {

	@Test
	void homePageIsInChineseAndTheSkipLinkComesFirst() {
		open("/");

		assertThat(find(By.tagName("html")).getDomAttribute("lang")).isEqualTo("zh-CN");
		assertThat(find(By.tagName("h1")).getText()).isEqualTo(message("portal", "zh_CN", "portal.home.welcome"));
		assertThat(driver().getTitle()).contains(message("platform", "zh_CN", "layout.portal.name"));
		screenshot("home");

		// A keyboard user's first Tab lands on the skip link, which is then visible ...
		new Actions(driver()).sendKeys(Keys.TAB).perform();
		WebElement focused = driver().switchTo().activeElement();
		assertThat(focused.getDomAttribute("class")).contains("skip-link");
		assertThat(focused.getDomAttribute("href")).isEqualTo("#main");
		assertThat(focused.getText()).isEqualTo(message("platform", "zh_CN", "layout.skip"));
		assertThat(focused.isDisplayed()).isTrue();
		screenshot("skip-link-focused");

		// ... and following it moves the focus to the main content.
		new Actions(driver()).sendKeys(Keys.ENTER).perform();
		await().until(driver -> "main".equals(driver.switchTo().activeElement().getDomAttribute("id")));
	}

	@Test
	void languageSwitchShowsEnglishAndBack() {
		open("/");
		find(By.cssSelector(".lang-switch a[hreflang='en']")).click();

		await().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
		assertThat(find(By.tagName("h1")).getText()).isEqualTo(message("portal", "en", "portal.home.welcome"));
		assertThat(find(By.cssSelector("a.skip-link")).getDomProperty("textContent"))
			.isEqualTo(message("platform", "en", "layout.skip"));
		screenshot("home-en");

		// The choice is remembered on the next visit ...
		open("/");
		assertThat(find(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");

		// ... until the visitor switches back to Chinese.
		find(By.cssSelector(".lang-switch a[hreflang='zh-CN']")).click();
		await().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "zh-CN"));
		assertThat(find(By.tagName("h1")).getText()).isEqualTo(message("portal", "zh_CN", "portal.home.welcome"));
		screenshot("home-zh-again");
	}

	@Test
	void homePageHasNoSeriousAccessibilityViolations() {
		open("/");
		Accessibility.assertNoSeriousViolations(driver());

		open("/?lang=en");
		assertThat(find(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
		Accessibility.assertNoSeriousViolations(driver());
	}
}
