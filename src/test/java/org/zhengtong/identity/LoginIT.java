package org.zhengtong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.zhengtong.DatabaseIntegrationTest;

/** Login as 等保 2.0 level 3 asks: lock-out after 5 failures, two factors for staff. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(IdentityFixtures.class)
class LoginIT extends DatabaseIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	MvcResult login(String username, String password, MockHttpSession session) throws Exception {
		return mvc.perform(post("/login").session(session).param("username", username).param("password", password).with(csrf()))
			.andReturn();
	}

	String loginError(MockHttpSession session) throws Exception {
		return mvc.perform(get("/login").session(session)).andReturn().getResponse().getContentAsString();
	}

	@Nested
	class StaffSecondFactor {

		@Test
		void staffReachTheWorkbenchOnlyAfterTheAuthenticatorCode() throws Exception {
			IdentityFixtures.Staff staff = fixtures.staff("CLERK");
			MockHttpSession session = new MockHttpSession();
			MvcResult afterPassword = login(staff.username(), IdentityFixtures.PASSWORD, session);
			assertThat(afterPassword.getResponse().getRedirectedUrl()).endsWith("/login/second-factor");
			session = (MockHttpSession) afterPassword.getRequest().getSession();

			mvc.perform(get("/workbench").session(session)).andExpect(status().isForbidden());

			mvc.perform(post("/login/second-factor").session(session)
				.param("code", IdentityFixtures.codeNow(staff.secret()))
				.with(csrf())).andExpect(redirectedUrl("/workbench"));
			mvc.perform(get("/workbench").session(session)).andExpect(status().isOk());
		}

		@Test
		void anAuthenticatorCodeWorksOnlyOnce() throws Exception {
			IdentityFixtures.Staff staff = fixtures.staff("CLERK");
			String code = IdentityFixtures.codeNow(staff.secret());
			MockHttpSession first = (MockHttpSession) login(staff.username(), IdentityFixtures.PASSWORD, new MockHttpSession())
				.getRequest().getSession();
			mvc.perform(post("/login/second-factor").session(first).param("code", code).with(csrf()))
				.andExpect(redirectedUrl("/workbench"));

			MockHttpSession second = (MockHttpSession) login(staff.username(), IdentityFixtures.PASSWORD, new MockHttpSession())
				.getRequest().getSession();
			mvc.perform(post("/login/second-factor").session(second).param("code", code).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("验证码不正确或已使用")));
			mvc.perform(get("/workbench").session(second)).andExpect(status().isForbidden());
		}

		@Test
		void aNewStaffMemberEnrolsWithAQrCodeFirst() throws Exception {
			IdentityFixtures.Staff staff = fixtures.newStaff("CLERK");
			MockHttpSession session = (MockHttpSession) login(staff.username(), IdentityFixtures.PASSWORD,
					new MockHttpSession()).getRequest().getSession();
			String page = mvc.perform(get("/login/second-factor").session(session)).andReturn().getResponse()
				.getContentAsString();
			assertThat(page).contains("绑定身份验证器").contains("data:image/png;base64,");
			String secret = page.replaceAll("(?s).*id=\"totp-secret\">([A-Z2-7]+)<.*", "$1");
			mvc.perform(post("/login/second-factor").session(session)
				.param("code", IdentityFixtures.codeNow(secret)).with(csrf())).andExpect(redirectedUrl("/workbench"));
			assertThat(jdbc.sql("SELECT totp_enrolled FROM idn_user WHERE id = ?").param(staff.id().value())
				.query(Boolean.class).single()).isTrue();
		}
	}

	@Nested
	class LockOut {

		@Test
		void fiveWrongPasswordsLockTheAccountForThirtyMinutes_等保三级() throws Exception {
			IdentityFixtures.Staff staff = fixtures.staff("CLERK");
			MockHttpSession session = new MockHttpSession();
			for (int attempt = 1; attempt <= 4; attempt++) {
				login(staff.username(), "Wrong@pass" + attempt, session);
				assertThat(loginError(session)).contains("再输错 " + (5 - attempt) + " 次账户将被锁定");
			}
			login(staff.username(), "Wrong@pass5", session);
			assertThat(loginError(session)).contains("连续 5 次登录失败，账户已被锁定 30 分钟");

			OffsetDateTime until = jdbc.sql("SELECT locked_until FROM idn_user WHERE id = ?")
				.param(staff.id().value()).query(OffsetDateTime.class).single();
			assertThat(Duration.between(Instant.now(), until.toInstant())).isBetween(Duration.ofMinutes(29),
					Duration.ofMinutes(30));

			// Even the right password does not open a locked account.
			MvcResult right = login(staff.username(), IdentityFixtures.PASSWORD, session);
			assertThat(right.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
			assertThat(loginError(session)).contains("账户已被锁定");
		}

		@Test
		void anUnknownAccountGetsTheSameMessageAsAWrongPassword() throws Exception {
			MockHttpSession session = new MockHttpSession();
			login("nobody-" + IdentityFixtures.unique("x"), "Whatever@1", session);
			String page = loginError(session);
			assertThat(page).contains("账号或密码不正确");
			assertThat(page).doesNotContain("不存在");
		}

		@Test
		void whatWasTypedIsKeptButNeverThePassword() throws Exception {
			MockHttpSession session = new MockHttpSession();
			login("someone", "Secret@Typed1", session);
			String page = loginError(session);
			assertThat(page).contains("value=\"someone\"").doesNotContain("Secret@Typed1");
		}
	}

	@Nested
	class Citizens {

		@Test
		void aCitizenSignsInWithTheIdNumberAndSeesItInFullOnlyThemself() throws Exception {
			IdentityFixtures.Citizen citizen = fixtures.citizen();
			MvcResult result = login(citizen.idNumber(), IdentityFixtures.PASSWORD, new MockHttpSession());
			assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/account");
			MockHttpSession session = (MockHttpSession) result.getRequest().getSession();
			mvc.perform(get("/account").session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString(citizen.idNumber())));
			mvc.perform(get("/workbench").session(session)).andExpect(status().isForbidden());
		}

		@Test
		void aCitizenCanAlsoSignInWithTheMobileNumber() throws Exception {
			IdentityFixtures.Citizen citizen = fixtures.citizen();
			assertThat(login(citizen.mobile(), IdentityFixtures.PASSWORD, new MockHttpSession()).getResponse()
				.getRedirectedUrl()).isEqualTo("/account");
		}

		@Test
		void idAndMobileNumbersAreNotStoredInClear() {
			IdentityFixtures.Citizen citizen = fixtures.citizen();
			long clear = jdbc.sql("SELECT COUNT(*) FROM idn_user WHERE id_number_enc LIKE ? OR mobile_enc LIKE ? OR username LIKE ?")
				.params("%" + citizen.idNumber() + "%", "%" + citizen.mobile() + "%", "%" + citizen.idNumber() + "%")
				.query(Long.class).single();
			assertThat(clear).isZero();
		}
	}
}
