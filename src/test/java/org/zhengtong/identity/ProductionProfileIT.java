package org.zhengtong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.DatabaseIntegrationTest;
import org.zhengtong.platform.DemoMode;

/**
 * The production profile never shows a second-factor code, not even for an account the demo
 * generator made and even if someone sets zt.demo.enabled=true.
 */
@SpringBootTest(properties = { "zt.demo.enabled=true", "ZT_DB_USER=sa", "ZT_DB_PASSWORD=",
		"ZT_KEYSTORE_PASSWORD=production-test-password" })
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "prod" })
class ProductionProfileIT extends DatabaseIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityImport identity;

	@Autowired
	DemoMode demoMode;

	@Test
	void productionNeverShowsTheSecondFactorCode() throws Exception {
		assertThat(demoMode.isEnabled()).isFalse();
		String username = IdentityFixtures.unique("prod");
		identity.importStaff(username, "生产测试", identity.hashPassword(IdentityFixtures.PASSWORD),
				identity.importOrganisation(IdentityFixtures.unique("生产局"), null, OrgKind.DEPARTMENT, null, null, "339901"),
				"科员", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", List.of(), true);
		MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", username)
			.param("password", IdentityFixtures.PASSWORD).with(csrf())).andReturn().getRequest().getSession();
		String page = mvc.perform(get("/login/second-factor").session(session)).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("动态验证码").doesNotContain("演示模式").doesNotContain("demo-code");
	}
}
