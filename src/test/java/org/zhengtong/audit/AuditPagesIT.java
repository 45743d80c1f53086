package org.zhengtong.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.zhengtong.platform.web.DisplayFormats;

class AuditPagesIT extends AuditIntegrationTest {

	@Autowired
	MockMvc mvc;

	static UserRequestPostProcessor auditAdmin() {
		return user("shenji").authorities(new SimpleGrantedAuthority("audit.read"),
				new SimpleGrantedAuthority("workbench.use"));
	}

	static UserRequestPostProcessor systemAdmin() {
		return user("xitong").authorities(new SimpleGrantedAuthority("identity.user.manage"),
				new SimpleGrantedAuthority("workbench.use"));
	}

	@Test
	void auditAdministratorSeesTheNewestEntryFirstWithAChineseDate() throws Exception {
		long seq = record("test.pages.newest");
		String shown = java.time.format.DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm")
			.format(row(seq).occurredAt().atZone(DisplayFormats.ZONE));

		MvcResult page = mvc.perform(get("/workbench/audit").with(auditAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("审计日志")))
			.andExpect(content().string(containsString("test.pages.newest")))
			.andExpect(content().string(containsString(shown)))
			.andReturn();

		String html = page.getResponse().getContentAsString();
		assertThat(html.indexOf("id=\"seq-" + seq + "\"")).isLessThan(html.indexOf("id=\"seq-" + (seq - 1) + "\""));
	}

	@Test
	void viewingTheTrailIsItselfOnTheRecord() throws Exception {
		mvc.perform(get("/workbench/audit").param("action", "test.pages.").with(auditAdmin()))
			.andExpect(status().isOk());

		AuditEntry viewed = row(entries.head().lastSeq());
		assertThat(viewed.action()).isEqualTo("audit.read");
		assertThat(viewed.userId()).isEqualTo("shenji");
		assertThat(viewed.detail()).contains("action=test.pages.");
		assertThat(viewed.sourceIp()).isEqualTo("127.0.0.1");
	}

	@Test
	void forwardedForHeaderIsNotTrustedUnlessConfigured() throws Exception {
		mvc.perform(get("/workbench/audit").header("X-Forwarded-For", "203.0.113.9").with(auditAdmin()))
			.andExpect(status().isOk());

		assertThat(row(entries.head().lastSeq()).sourceIp()).isEqualTo("127.0.0.1");
	}

	@Test
	void filterByActionPrefixShowsOnlyMatchingActions() throws Exception {
		record("test.pagesfilter.kept");
		record("test.other.hidden");

		mvc.perform(get("/workbench/audit").param("action", "test.pagesfilter.").with(auditAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("test.pagesfilter.kept")))
			.andExpect(content().string(not(containsString("test.other.hidden"))));
	}

	@Test
	void endDateBeforeStartDateIsExplainedInChinese() throws Exception {
		LocalDate today = LocalDate.now(DisplayFormats.ZONE);

		mvc.perform(get("/workbench/audit").param("from", today.toString())
			.param("to", today.minusDays(3).toString())
			.with(auditAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("结束日期不能早于开始日期")));
	}

	@Test
	void verifyingRedirectsBackWithTheResultAndIsOnTheRecord() throws Exception {
		MvcResult verified = mvc.perform(post("/workbench/audit/verify").with(auditAdmin()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/workbench/audit"))
			.andExpect(flash().attributeExists("verification"))
			.andReturn();

		assertThat(((VerificationResult) verified.getFlashMap().get("verification")).intact()).isTrue();

		AuditEntry entry = row(entries.head().lastSeq());
		assertThat(entry.action()).isEqualTo("audit.verify");
		assertThat(entry.result()).isEqualTo("SUCCESS");
	}

	@Test
	void intactResultIsShownWithRowCount() throws Exception {
		VerificationResult result = verification.verify();

		mvc.perform(get("/workbench/audit").with(auditAdmin()).flashAttr("verification", result))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("审计日志完整：已校验 " + result.rowsChecked() + " 条记录")));
	}

	@Test
	void brokenResultNamesTheFirstBadRowAndLinksToIt() throws Exception {
		VerificationResult broken = new VerificationResult(false, 6, 7L, ChainProblem.ROWS_REORDERED, null, 9,
				java.time.Instant.now(), java.time.Duration.ofMillis(3));

		mvc.perform(get("/workbench/audit").with(auditAdmin()).flashAttr("verification", broken))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第 7 条记录有问题：记录顺序被调换")))
			.andExpect(content().string(containsString("/workbench/audit?upTo=9#seq-7")));
	}

	@Test
	void verificationApiAnswersInJsonWithAnIsoTime() throws Exception {
		mvc.perform(get("/api/audit/verification").with(auditAdmin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true))
			.andExpect(jsonPath("$.verifiedAt").value(org.hamcrest.Matchers.matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*Z")));
	}

	@Test
	void staffWithoutAuditReadAreForbiddenEverywhere() throws Exception {
		mvc.perform(get("/workbench/audit").with(systemAdmin())).andExpect(status().isForbidden());
		mvc.perform(post("/workbench/audit/verify").with(systemAdmin()).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/api/audit/verification").with(systemAdmin())).andExpect(status().isForbidden());
	}

	@Test
	void verifyWithoutCsrfTokenIsRejected() throws Exception {
		mvc.perform(post("/workbench/audit/verify").with(auditAdmin())).andExpect(status().isForbidden());
	}

	@Test
	void visitorsWhoAreNotSignedInAreSentToLogin() throws Exception {
		mvc.perform(get("/workbench/audit")).andExpect(status().is3xxRedirection());
	}
}
