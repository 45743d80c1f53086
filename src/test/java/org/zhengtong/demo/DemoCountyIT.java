package org.zhengtong.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.DatabaseIntegrationTest;
import org.zhengtong.identity.UnifiedSocialCreditCode;
import org.zhengtong.platform.crypto.PersonalDataProtector;

/** The embedded default's first start: the demo county is there and every role can sign in. */
@SpringBootTest(properties = "zt.demo.enabled=true")
@AutoConfigureMockMvc
class DemoCountyIT extends DatabaseIntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	PersonalDataProtector protector;

	long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	@Test
	void theCountyHasEightTownshipsAndAboutAHundredVillages() {
		assertThat(count("SELECT COUNT(*) FROM idn_region WHERE level = 'TOWNSHIP' AND code LIKE '339901%'")).isEqualTo(8);
		assertThat(count("SELECT COUNT(*) FROM idn_region WHERE level = 'VILLAGE' AND code LIKE '339901%'"))
			.isBetween(88L, 120L);
	}

	@Test
	void aboutTwentyDepartmentsEachWithAValidCreditCode_GB32100() {
		List<String> codes = jdbc.sql("SELECT credit_code FROM idn_org WHERE kind = 'DEPARTMENT' AND region_code = '339901' AND name LIKE '县%'")
			.query(String.class).list();
		assertThat(codes).hasSizeGreaterThanOrEqualTo(20).allMatch(UnifiedSocialCreditCode::isValid);
	}

	@Test
	void aThousandCitizensAndThreeHundredEnterprisesWithValidNumbers() {
		assertThat(count("SELECT COUNT(*) FROM idn_user WHERE kind = 'CITIZEN' AND demo_account = TRUE")).isEqualTo(1000);
		assertThat(count("SELECT COUNT(*) FROM idn_user WHERE kind = 'ENTERPRISE' AND demo_account = TRUE")).isEqualTo(300);
		List<String> sample = jdbc.sql("SELECT id_number_enc FROM idn_user WHERE kind = 'CITIZEN' AND demo_account = TRUE ORDER BY id LIMIT 50")
			.query(String.class).list();
		assertThat(sample).map(protector::decrypt).allMatch(org.zhengtong.identity.ResidentIdNumber::isValid);
	}

	@Test
	void everyRoleHasADemoStaffMember() {
		for (DemoStaff.Member member : DemoStaff.DOCUMENTED) {
			assertThat(count("SELECT COUNT(*) FROM idn_user u JOIN idn_grant g ON g.user_id = u.id WHERE u.username = ? AND g.role_code = ?",
					member.username(), member.role())).as(member.username()).isEqualTo(1);
		}
		assertThat(count("SELECT COUNT(*) FROM idn_role r WHERE NOT EXISTS (SELECT 1 FROM idn_grant g JOIN idn_user u ON u.id = g.user_id WHERE g.role_code = r.code AND u.demo_account = TRUE)"))
			.as("roles nobody in the demo holds").isZero();
	}

	@Test
	void theDemoSecondFactorPageShowsTheCurrentCodeUnderADemoBanner() throws Exception {
		MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", "sysadmin")
			.param("password", DemoAccounts.PASSWORD).with(csrf())).andReturn().getRequest().getSession();
		String page = mvc.perform(get("/login/second-factor").session(session)).andReturn().getResponse()
			.getContentAsString();
		String expected = org.zhengtong.identity.IdentityFixtures
			.codeNow(DemoAccounts.totpSecret(20261122L, "sysadmin"));
		assertThat(page).contains("演示模式").contains("id=\"demo-code\"");
		String shown = page.replaceAll("(?s).*id=\"demo-code\">(\\d{6})<.*", "$1");
		// The code may roll over between page and assertion: accept this step or the previous one.
		long step = java.time.Instant.now().getEpochSecond() / 30;
		assertThat(shown).isIn(expected, org.zhengtong.identity.IdentityFixtures
			.codeAt(DemoAccounts.totpSecret(20261122L, "sysadmin"), step - 1));
	}
}
