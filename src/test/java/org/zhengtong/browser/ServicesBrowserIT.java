package org.zhengtong.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.zhengtong.identity.IdentityFixtures;
import org.zhengtong.services.ServicesTestSupport;

/** 一网通办: a citizen applies, corrects on request, and follows the application to its decision. */
@Import({ IdentityFixtures.class, ServicesTestSupport.class })
class ServicesBrowserIT extends BrowserTest {

	@Autowired
	ServicesTestSupport services;

	void signIn(String username) {
		driver().manage().deleteAllCookies();
		open("/login");
		find(By.id("username")).sendKeys(username);
		find(By.id("password")).sendKeys(IdentityFixtures.PASSWORD);
		click(find(By.cssSelector("main form button[type=submit]")));
	}

	private final java.util.Map<String, Long> lastStep = new java.util.HashMap<>();

	void signInStaff(ServicesTestSupport.Login staff) throws InterruptedException {
		signIn(staff.username());
		await().until(ExpectedConditions.urlContains("/login/second-factor"));
		// A code is accepted once: a second sign-in in the same 30-second step waits for the next code.
		long step = java.time.Instant.now().getEpochSecond() / 30;
		while (step <= lastStep.getOrDefault(staff.secret(), -1L)) {
			Thread.sleep(1000);
			step = java.time.Instant.now().getEpochSecond() / 30;
		}
		lastStep.put(staff.secret(), step);
		find(By.id("code")).sendKeys(IdentityFixtures.codeAt(staff.secret(), step));
		click(find(By.cssSelector("main form button[type=submit]")));
		await().until(ExpectedConditions.urlMatches(".*/workbench$"));
	}

	void click(WebElement button) {
		button.click();
		// The next page has replaced the form. Chromium sometimes reports a node of the old document
		// as "does not belong to the document" instead of stale: both mean the page has changed.
		await().until(driver -> {
			try {
				button.isEnabled();
				return false;
			}
			catch (org.openqa.selenium.WebDriverException gone) {
				return true;
			}
		});
	}

	@Test
	void aCitizenAppliesCorrectsOnRequestAndSeesTheDecisionOnTheTimeline() throws Exception {
		ServicesTestSupport.Scenario scenario = services.scenario();
		Path pdf = Files.createTempFile("申请书", ".pdf");
		Files.write(pdf, ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
				+ "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII));

		// The citizen reads the guide and applies with one of the two materials.
		signIn(scenario.citizenIdNumber());
		open("/services/items/" + scenario.itemCode());
		assertThat(find(By.tagName("h1")).getText()).isEqualTo(scenario.itemName());
		Accessibility.assertNoSeriousViolations(driver());
		click(find(By.linkText("在线申请")));
		Accessibility.assertNoSeriousViolations(driver());
		find(By.id("idNumber")).sendKeys(scenario.citizenIdNumber());
		find(By.id("mobile")).sendKeys("13900001111");
		find(By.id("description")).sendKeys("申请开办便利店");
		find(By.id("material-" + scenario.firstMaterialId())).sendKeys(pdf.toString());
		screenshot("apply");
		click(find(By.cssSelector("main form button[type=submit]")));
		String receipt = find(By.id("receipt")).getText();
		assertThat(receipt).matches("339901\\d{14}");
		String applicationUrl = driver().getCurrentUrl();
		long id = Long.parseLong(applicationUrl.substring(applicationUrl.lastIndexOf('/') + 1));
		assertThat(find(By.id("status")).getText()).isEqualTo("预审中");
		Accessibility.assertNoSeriousViolations(driver());

		// The clerk asks, once, for everything missing.
		signInStaff(scenario.clerk());
		assertThat(find(By.id("todo")).getText()).contains(receipt).contains("剩余");
		open("/workbench/services/applications/" + id);
		find(By.id("correction-text")).sendKeys("请一次性补正：场所证明复印件。");
		click(find(By.id("request-correction")));
		assertThat(find(By.id("status")).getText()).isEqualTo("待补正");
		assertThat(find(By.cssSelector(".clocks")).getText()).contains("补正期间暂停计时");

		// The citizen sees the notice and sends the missing material.
		signIn(scenario.citizenIdNumber());
		open("/account/applications/" + id);
		assertThat(find(By.id("correction")).getText()).contains("场所证明复印件");
		Accessibility.assertNoSeriousViolations(driver());
		find(By.id("material-" + scenario.secondMaterialId())).sendKeys(pdf.toString());
		click(find(By.cssSelector("#correction button[type=submit]")));
		assertThat(find(By.id("status")).getText()).isEqualTo("预审中");

		// The clerk accepts and reviews; the head of department decides.
		signInStaff(scenario.clerk());
		open("/workbench/services/applications/" + id);
		click(find(By.id("accept")));
		find(By.id("review-text")).sendKeys("材料齐全，现场核查符合条件。");
		click(find(By.id("review")));
		signInStaff(scenario.head());
		open("/workbench/services/applications/" + id);
		find(By.id("grant")).click();
		find(By.id("reasons")).sendKeys("符合《中华人民共和国食品安全法》第三十五条规定的条件，准予许可。");
		click(find(By.id("decide")));
		assertThat(find(By.id("status")).getText()).isEqualTo("已办结");

		// The citizen sees every step, by department, with the time used.
		signIn(scenario.citizenIdNumber());
		open("/account/applications/" + id);
		String timeline = find(By.cssSelector("ol.timeline")).getText();
		assertThat(timeline).contains("提交申请", "一次性告知补正", "提交补正材料", "受理", "审查", "决定：准予许可", "办结")
			.contains(scenario.departmentName())
			.doesNotContain(scenario.clerk().username());
		assertThat(find(By.cssSelector(".clocks")).getText()).contains("受理时限").contains("决定时限");
		screenshot("timeline");
		Accessibility.assertNoSeriousViolations(driver());
	}
}
