package org.zhengtong.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengtong.DatabaseIntegrationTest;
import org.zhengtong.identity.IdentityFixtures;

/**
 * 三员分立 (等保 2.0 level 3): the system, security and audit administrators each do only their
 * own job, and no account holds two of the roles.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(IdentityFixtures.class)
class AdministratorSeparationIT extends DatabaseIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures fixtures;

	@Autowired
	ZtUserDetailsService users;

	RequestPostProcessor as(IdentityFixtures.Staff staff) {
		return user(users.loadUserByUsername(staff.username()));
	}

	@Test
	void theSystemAdministratorManagesUsersButCannotGrantOrReadTheTrail() throws Exception {
		IdentityFixtures.Staff system = fixtures.staff("SYSTEM_ADMIN");
		mvc.perform(get("/workbench/users").with(as(system))).andExpect(status().isOk());
		mvc.perform(get("/workbench/orgs").with(as(system))).andExpect(status().isOk());
		String form = mvc.perform(post("/workbench/users/new").with(as(system)).with(csrf())
			.param("username", "Bad Name").param("displayName", "新人").param("orgId", Long.toString(system.org().value()))
			.param("password", "Good@Pass1")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		// The organisation picked is kept when the form comes back with an error.
		assertThat(form).contains("用户名以小写字母开头").contains("id=\"orgId\"")
			.contains("value=\"" + system.org().value() + "\" selected=\"selected\"");
		mvc.perform(get("/workbench/roles").with(as(system))).andExpect(status().isForbidden());
		mvc.perform(get("/workbench/audit").with(as(system))).andExpect(status().isForbidden());
	}

	@Test
	void theWorkbenchMenuOffersEachAdministratorOnlyTheirOwnPages() throws Exception {
		String system = mvc.perform(get("/workbench").with(as(fixtures.staff("SYSTEM_ADMIN")))).andReturn().getResponse()
			.getContentAsString();
		assertThat(system).contains("href=\"/workbench/users\"").contains("href=\"/workbench/calendar\"")
			.doesNotContain("href=\"/workbench/roles\"").doesNotContain("href=\"/workbench/audit\"");
		String audit = mvc.perform(get("/workbench").with(as(fixtures.staff("AUDIT_ADMIN")))).andReturn().getResponse()
			.getContentAsString();
		assertThat(audit).contains("href=\"/workbench/audit\"").doesNotContain("href=\"/workbench/users\"");
	}

	@Test
	void administratorsSeeCitizensNumbersOnlyMasked() throws Exception {
		IdentityFixtures.Citizen citizen = fixtures.citizen();
		String page = mvc.perform(get("/workbench/users").param("kind", "CITIZEN").param("q", "测试居民")
			.param("page", "0").with(as(fixtures.staff("SYSTEM_ADMIN")))).andReturn().getResponse().getContentAsString();
		String masked = citizen.idNumber().substring(0, 4) + "**********" + citizen.idNumber().substring(14);
		assertThat(page).doesNotContain(citizen.idNumber()).doesNotContain(citizen.mobile());
		// Newest accounts come first, so the one just made is on the first page.
		assertThat(page).contains(masked);
	}

	@Test
	void theSecurityAdministratorGrantsButCannotManageUsersOrReadTheTrail() throws Exception {
		IdentityFixtures.Staff security = fixtures.staff("SECURITY_ADMIN");
		mvc.perform(get("/workbench/roles").with(as(security))).andExpect(status().isOk());
		mvc.perform(get("/workbench/users").with(as(security))).andExpect(status().isForbidden());
		mvc.perform(post("/workbench/users/new").with(as(security)).with(csrf()).param("username", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/workbench/audit").with(as(security))).andExpect(status().isForbidden());
	}

	@Test
	void theAuditAdministratorDoesNoOtherAdministration() throws Exception {
		IdentityFixtures.Staff audit = fixtures.staff("AUDIT_ADMIN");
		mvc.perform(get("/workbench/users").with(as(audit))).andExpect(status().isForbidden());
		mvc.perform(get("/workbench/roles").with(as(audit))).andExpect(status().isForbidden());
		mvc.perform(get("/workbench/orgs").with(as(audit))).andExpect(status().isForbidden());
	}

	@Test
	void noAccountCanHoldTwoAdministratorRoles() throws Exception {
		IdentityFixtures.Staff security = fixtures.staff("SECURITY_ADMIN");
		IdentityFixtures.Staff system = fixtures.staff("SYSTEM_ADMIN");
		String page = mvc.perform(post("/workbench/roles/users/" + system.id().value()).with(as(security)).with(csrf())
			.param("roleCode", "AUDIT_ADMIN")
			.param("scopeKind", "ALL")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("三员分立").contains("系统管理员");
		assertThat(users.loadUserByUsername(system.username()).roles()).containsExactly("SYSTEM_ADMIN");
	}

	@Test
	void aBusinessRoleCanBeGrantedWithADataScope() throws Exception {
		IdentityFixtures.Staff security = fixtures.staff("SECURITY_ADMIN");
		IdentityFixtures.Staff clerk = fixtures.staff(null);
		mvc.perform(post("/workbench/roles/users/" + clerk.id().value()).with(as(security)).with(csrf())
			.param("roleCode", "CLERK")
			.param("scopeKind", "ORG_TREE")
			.param("scopeOrgId", Long.toString(clerk.org().value())))
			.andExpect(redirectedUrl("/workbench/roles/users/" + clerk.id().value()));
		ZtPrincipal principal = users.loadUserByUsername(clerk.username());
		assertThat(principal.roles()).containsExactly("CLERK");
		assertThat(principal.getAuthorities()).extracting(Object::toString).contains("workbench.use");
	}

	@Test
	void nobodyGrantsThemself() throws Exception {
		IdentityFixtures.Staff security = fixtures.staff("SECURITY_ADMIN");
		mvc.perform(post("/workbench/roles/users/" + security.id().value()).with(as(security)).with(csrf())
			.param("roleCode", "CLERK")
			.param("scopeKind", "ALL")).andExpect(status().isOk());
		assertThat(users.loadUserByUsername(security.username()).roles()).containsExactly("SECURITY_ADMIN");
	}

	@Test
	void administratorPermissionsCannotBeGivenToBusinessRoles() throws Exception {
		IdentityFixtures.Staff security = fixtures.staff("SECURITY_ADMIN");
		mvc.perform(post("/workbench/roles/CLERK/permissions").with(as(security)).with(csrf())
			.param("permission", "audit.read")
			.param("granted", "true")).andExpect(status().isUnprocessableEntity());
		mvc.perform(post("/workbench/roles/SYSTEM_ADMIN/permissions").with(as(security)).with(csrf())
			.param("permission", "workbench.use")
			.param("granted", "false")).andExpect(status().isUnprocessableEntity());
	}
}
