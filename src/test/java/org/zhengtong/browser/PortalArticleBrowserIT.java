package org.zhengtong.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.zhengtong.identity.IdentityFixtures;
import org.zhengtong.portal.PortalFixtures;

/**
 * The portal's main journey: an editor writes, the three reviewers pass it, the network
 * administrator publishes, the page is on the static site and found by search, then withdrawn
 * and gone from page, list and search.
 */
@Import({ IdentityFixtures.class, PortalFixtures.class })
class PortalArticleBrowserIT extends BrowserTest {

	@Autowired
	PortalFixtures portal;

	void signIn(IdentityFixtures.Staff staff, int stepOffset) {
		driver().manage().deleteAllCookies();
		open("/login");
		find(By.id("username")).sendKeys(staff.username());
		find(By.id("password")).sendKeys(IdentityFixtures.PASSWORD);
		submit();
		await().until(ExpectedConditions.urlContains("/login/second-factor"));
		find(By.id("code")).sendKeys(IdentityFixtures.codeAt(staff.secret(), Instant.now().getEpochSecond() / 30 + stepOffset));
		submit();
		await().until(ExpectedConditions.urlMatches(".*/workbench$"));
	}

	void submit() {
		var button = find(By.cssSelector("main form button[type=submit]"));
		button.click();
		awaitGone(button);
	}

	void click(String id) {
		var button = find(By.id(id));
		button.click();
		awaitGone(button);
	}

	@Test
	void editorWritesThreeReviewersPassItItIsPublishedFoundAndWithdrawn() {
		String marker = IdentityFixtures.unique("lx");
		String title = "示范县启动冬季农村道路安全整治" + marker;

		signIn(portal.editor(), 0);
		open("/workbench/portal/articles/new");
		Accessibility.assertNoSeriousViolations(driver());
		new Select(find(By.id("channelId"))).selectByVisibleText("要闻动态");
		find(By.id("title")).sendKeys(title);
		find(By.id("body")).sendKeys("<p>为保障群众冬季出行安全，" + marker + "。</p><script>alert(1)</script>");
		find(By.id("keywords")).sendKeys("道路 安全");
		screenshot("article-form");
		submit();
		String articleUrl = driver().getCurrentUrl();
		assertThat(find(By.id("article-status")).getText()).isEqualTo("草稿");
		click("submit-article");
		assertThat(find(By.id("article-status")).getText()).isEqualTo("待本单位审核");
		Accessibility.assertNoSeriousViolations(driver());

		signIn(portal.unitReviewer(), 0);
		assertThat(find(By.id("todo")).getText()).contains(title);
		driver().get(articleUrl);
		click("approve");
		assertThat(find(By.id("article-status")).getText()).isEqualTo("待网管审核");

		signIn(portal.networkReviewer(), 0);
		driver().get(articleUrl);
		click("approve");

		signIn(portal.secrecyReviewer(), 0);
		driver().get(articleUrl);
		find(By.id("comment")).sendKeys("无涉密内容");
		click("approve");
		assertThat(find(By.id("article-status")).getText()).isEqualTo("审核通过待发布");

		signIn(portal.networkReviewer(), 1);
		driver().get(articleUrl);
		click("publish-article");
		assertThat(find(By.id("article-status")).getText()).isEqualTo("已发布");
		screenshot("published-in-workbench");
		String pageUrl = find(By.id("public-url")).getDomAttribute("href");
		Accessibility.assertNoSeriousViolations(driver());

		// The static page: visible within a second, no script, accessible.
		long deadline = System.currentTimeMillis() + 3000;
		open(pageUrl);
		while (!driver().getTitle().contains(marker) && System.currentTimeMillis() < deadline) {
			open(pageUrl);
		}
		assertThat(find(By.tagName("h1")).getText()).isEqualTo(title);
		assertThat(driver().getPageSource()).doesNotContain("alert(1)");
		assertThat(find(By.cssSelector("footer")).getText()).contains("3399010001").contains("党政机关");
		screenshot("static-page");
		Accessibility.assertNoSeriousViolations(driver());

		open("/sites/www/ywdt/index.html");
		assertThat(find(By.tagName("main")).getText()).contains(title);

		open("/search?q=" + marker);
		assertThat(find(By.cssSelector(".search-results")).getText()).contains(title);
		assertThat(find(By.cssSelector(".search-results mark")).getText()).isNotBlank();
		screenshot("search");
		Accessibility.assertNoSeriousViolations(driver());

		driver().get(articleUrl);
		find(By.id("reason")).sendKeys("信息已过期");
		click("withdraw-article");
		assertThat(find(By.id("article-status")).getText()).isEqualTo("已撤稿");

		deadline = System.currentTimeMillis() + 3000;
		open(pageUrl);
		while (driver().getTitle().contains(marker) && System.currentTimeMillis() < deadline) {
			open(pageUrl);
		}
		assertThat(driver().getPageSource()).doesNotContain(title);
		open("/sites/www/ywdt/index.html");
		assertThat(find(By.tagName("main")).getText()).doesNotContain(title);
		open("/search?q=" + marker);
		assertThat(find(By.id("search-count")).getText()).contains("0");
		screenshot("withdrawn");
	}
}
