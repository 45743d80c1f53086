package org.zhengtong.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.zhengtong.identity.IdentityFixtures;

/** Signing in and registering, as a person does it in the browser. */
@Import(IdentityFixtures.class)
class IdentityBrowserIT extends BrowserTest {

	@Autowired
	IdentityFixtures fixtures;

	void typeLogin(String username, String password) {
		find(By.id("username")).clear();
		find(By.id("username")).sendKeys(username);
		find(By.id("password")).sendKeys(password);
		submit();
	}

	/** Submits the page's main form (not the header's sign-out form) and waits for the next page. */
	void submit() {
		var button = find(By.cssSelector("main form button[type=submit]"));
		button.click();
		awaitGone(button);
	}

	@Test
	void aStaffMemberSignsInWithPasswordAndAuthenticatorCodeAndReachesTheWorkbench() {
		IdentityFixtures.Staff staff = fixtures.staff("CLERK");
		open("/login");
		Accessibility.assertNoSeriousViolations(driver());
		typeLogin(staff.username(), IdentityFixtures.PASSWORD);

		await().until(ExpectedConditions.urlContains("/login/second-factor"));
		assertThat(find(By.tagName("h1")).getText()).isEqualTo(message("identity", "zh_CN", "identity.second_factor.title"));
		screenshot("second-factor");
		find(By.id("code")).sendKeys(IdentityFixtures.codeNow(staff.secret()));
		submit();

		await().until(ExpectedConditions.urlMatches(".*/workbench$"));
		assertThat(find(By.tagName("h1")).getText()).contains("测试" + staff.username()).contains("您好");
		assertThat(find(By.id("todo")).getText()).contains("待办");
		screenshot("workbench");
		Accessibility.assertNoSeriousViolations(driver());
	}

	@Test
	void fiveWrongPasswordsLockTheAccountWithAChineseMessage_等保三级() {
		IdentityFixtures.Staff staff = fixtures.staff("CLERK");
		open("/login");
		for (int attempt = 1; attempt <= 5; attempt++) {
			typeLogin(staff.username(), "Wrong@Pass" + attempt);
			await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
		}
		String summary = find(By.cssSelector(".error-summary")).getText();
		assertThat(summary).contains("连续 5 次登录失败，账户已被锁定 30 分钟");
		assertThat(find(By.id("username")).getDomProperty("value")).as("what was typed is kept").isEqualTo(staff.username());
		screenshot("locked");

		typeLogin(staff.username(), IdentityFixtures.PASSWORD);
		assertThat(find(By.cssSelector(".error-summary")).getText()).contains("账户已被锁定");
		assertThat(driver().getCurrentUrl()).doesNotContain("second-factor");
	}

	@Test
	void aCitizenFixesAMistypedIdNumberRegistersAndSignsIn() {
		String valid = IdentityFixtures.newIdNumber();
		String mistyped = valid.substring(0, 17) + (valid.charAt(17) == '3' ? '4' : '3');

		open("/register/citizen");
		find(By.id("name")).sendKeys("陈小华");
		find(By.id("idNumber")).sendKeys(mistyped);
		find(By.id("mobile")).sendKeys("13600000009");
		find(By.id("password")).sendKeys("Good@Pass1");
		find(By.id("passwordConfirm")).sendKeys("Good@Pass1");
		find(By.id("agree")).click();
		submit();

		await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
		assertThat(find(By.cssSelector(".error-summary")).getText())
			.contains(message("platform", "zh_CN", "form.error.summary"))
			.contains(message("identity", "zh_CN", "identity.id_number.check_digit"));
		assertThat(find(By.id("idNumber-error")).getText()).contains("身份证号校验位不正确");
		assertThat(find(By.id("idNumber")).getDomAttribute("aria-describedby")).contains("idNumber-error");
		assertThat(find(By.id("idNumber")).getDomProperty("value")).isEqualTo(mistyped);
		assertThat(find(By.id("name")).getDomProperty("value")).isEqualTo("陈小华");
		assertThat(find(By.id("agree")).isSelected()).isTrue();
		screenshot("id-number-error");
		Accessibility.assertNoSeriousViolations(driver());

		find(By.id("idNumber")).clear();
		find(By.id("idNumber")).sendKeys(valid);
		find(By.id("password")).sendKeys("Good@Pass1");
		find(By.id("passwordConfirm")).sendKeys("Good@Pass1");
		submit();

		await().until(ExpectedConditions.urlMatches(".*/login$"));
		assertThat(find(By.cssSelector(".notice.success")).getText())
			.isEqualTo(message("identity", "zh_CN", "identity.register.done"));
		typeLogin(valid, "Good@Pass1");
		await().until(ExpectedConditions.urlMatches(".*/account$"));
		assertThat(find(By.id("account-name")).getText()).isEqualTo("陈小华");
		assertThat(find(By.id("account-id-number")).getText()).isEqualTo(valid);
		screenshot("account");
	}
}
