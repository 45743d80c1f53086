package org.zhengtong.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.zhengtong.identity.DataScope;
import org.zhengtong.identity.IdentityFixtures;
import org.zhengtong.identity.IdentityImport;
import org.zhengtong.identity.OrgId;
import org.zhengtong.identity.UserId;
import org.zhengtong.office.internal.Actor;
import org.zhengtong.office.internal.Documents;
import org.zhengtong.office.internal.OfficialDocument;
import org.zhengtong.office.internal.SealVerification;
import org.zhengtong.office.internal.Seals;
import org.zhengtong.office.internal.Stage;
import org.zhengtong.platform.files.FileStore;

/** 发文 in the browser: draft → check → review → co-sign by two departments → sign-off → numbered → sealed. */
@Import(IdentityFixtures.class)
class OfficeBrowserIT extends BrowserTest {

	@Autowired
	IdentityFixtures fixtures;

	@Autowired
	IdentityImport identity;

	@Autowired
	Seals seals;

	@Autowired
	Documents documents;

	@Autowired
	SealVerification verification;

	@Autowired
	FileStore files;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	/** Signed-in sessions by user: a TOTP code is accepted once, so a person signs in only once. */
	private final java.util.Map<String, org.openqa.selenium.Cookie> sessions = new java.util.HashMap<>();

	void signIn(IdentityFixtures.Staff staff) {
		driver().manage().deleteAllCookies();
		org.openqa.selenium.Cookie saved = sessions.get(staff.username());
		if (saved != null) {
			open("/login");
			driver().manage().deleteAllCookies();
			driver().manage().addCookie(saved);
			open("/workbench");
			return;
		}
		open("/login");
		find(By.id("username")).sendKeys(staff.username());
		find(By.id("password")).sendKeys(IdentityFixtures.PASSWORD);
		submit("main form button[type=submit]");
		await().until(ExpectedConditions.urlContains("/login/second-factor"));
		find(By.id("code")).sendKeys(IdentityFixtures.codeNow(staff.secret()));
		submit("main form button[type=submit]");
		await().until(ExpectedConditions.urlMatches(".*/workbench$"));
		sessions.put(staff.username(), driver().manage().getCookieNamed("ZTSESSION"));
	}

	void submit(String css) {
		var button = find(By.cssSelector(css));
		button.click();
		awaitGone(button);
	}

	/** Opens the document from the workbench 待办, writes the opinion and completes the step. */
	void completeFromWorkbench(IdentityFixtures.Staff staff, String title, String opinion) {
		signIn(staff);
		find(By.partialLinkText(title)).click();
		await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.step-form")));
		find(By.id("opinion")).sendKeys(opinion);
		submit("form.step-form button[type=submit]");
		assertThat(find(By.cssSelector(".notice.success")).getText()).contains("已办理");
	}

	@Test
	void aDocumentIsDraftedCheckedCoSignedSignedOffNumberedAndSealed() throws Exception {
		IdentityFixtures.Staff clerk = fixtures.staff("CLERK");
		IdentityFixtures.Staff head = staffIn(clerk.org(), "DEPT_HEAD");
		IdentityFixtures.Staff cosignerA = fixtures.staff("DEPT_HEAD");
		IdentityFixtures.Staff cosignerB = fixtures.staff("DEPT_HEAD");
		IdentityFixtures.Staff leader = fixtures.staff("LEADER");
		seals.create(new Actor(leader.id().value(), leader.org().value(), "领导", Set.of("office.seal.manage")),
				clerk.org().value(), "示范县测试局", Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(30)));
		String title = IdentityFixtures.unique("关于开展冬季森林防火检查的通知");

		signIn(clerk);
		open("/workbench/office/documents/new");
		find(By.id("title")).sendKeys(title);
		find(By.id("issuingMark")).clear();
		find(By.id("issuingMark")).sendKeys("示范县测试局文件");
		find(By.id("issuerCode")).sendKeys("示测发");
		find(By.id("mainRecipients")).sendKeys("各乡镇人民政府");
		find(By.id("bodyHtml")).sendKeys("<p>一、检查范围</p><p>全县林区和林缘地带。</p>");
		find(By.cssSelector("input[name=cosignOrgIds][value='" + cosignerA.org().value() + "']")).click();
		find(By.cssSelector("input[name=cosignOrgIds][value='" + cosignerB.org().value() + "']")).click();
		submit("main form button[type=submit]");
		assertThat(find(By.tagName("h1")).getText()).isEqualTo(title);
		screenshot("drafted");
		find(By.id("opinion")).sendKeys("请核稿");
		submit("form.step-form button[type=submit]");

		completeFromWorkbench(head, title, "同意，送办公室审核");
		completeFromWorkbench(head, title, "文字已审，送会签");
		completeFromWorkbench(cosignerA, title, "财政部分无意见");
		completeFromWorkbench(cosignerB, title, "同意");
		completeFromWorkbench(leader, title, "同意印发");
		completeFromWorkbench(clerk, title, "登记");
		screenshot("numbered");
		completeFromWorkbench(leader, title, "用印");
		assertThat(find(By.tagName("body")).getText()).contains("下载版式文件");
		screenshot("sealed");

		long id = jdbc.sql("SELECT id FROM ofc_document WHERE title = ?").param(title).query(Long.class).single();
		OfficialDocument document = documents.find(id).orElseThrow();
		assertThat(document.stage()).isEqualTo(Stage.DISTRIBUTE);
		assertThat(document.number()).matches("示测发〔20\\d\\d〕[1-9]\\d*号");
		Path ofd = files.contentOf(files.find(java.util.UUID.fromString(document.sealedFileId())).orElseThrow());
		assertThat(verification.verify(java.nio.file.Files.readAllBytes(ofd)).verdict())
			.isEqualTo(SealVerification.Verdict.VALID);

		// The leader checks the file on the verification page.
		open("/workbench/office/verify");
		find(By.id("file")).sendKeys(ofd.toAbsolutePath().toString());
		submit("main form button[type=submit]");
		assertThat(find(By.cssSelector(".notice")).getText()).contains("印章有效");
		screenshot("verified");
	}

	private IdentityFixtures.Staff staffIn(OrgId org, String role) {
		String username = IdentityFixtures.unique("t");
		String secret = new dev.samstevens.totp.secret.DefaultSecretGenerator(32).generate();
		UserId id = identity.importStaff(username, "测试" + username, fixtures.hash(), org, "科长", secret,
				List.of(new IdentityImport.RoleGrant(role, DataScope.ownOrganisation())), false);
		return new IdentityFixtures.Staff(id, username, secret, org);
	}
}
