package org.zhengtong.services.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhengtong.DatabaseIntegrationTest;
import org.zhengtong.platform.DemoCountyGenerated;

/** The demo county's service items: a few hundred, across departments and townships, loaded once. */
@SpringBootTest(properties = "zt.demo.enabled=true")
@org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc
class ServiceDemoItemsIT extends DatabaseIntegrationTest {

	@Autowired
	DemoServiceItems demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	String page(String path, String... params) throws Exception {
		var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path);
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request)
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void anyoneBrowsesTheGuideByDepartmentAndThemeAndFindsAnItemByName() throws Exception {
		demo.on(new DemoCountyGenerated(20261122));
		assertThat(page("/services/items")).contains("县市场监督管理局").contains("开办企业").contains("社会救助");
		long market = jdbc.sql("SELECT id FROM idn_org WHERE name = '县市场监督管理局' ORDER BY id LIMIT 1")
			.query(Long.class).single();
		assertThat(page("/services/items", "org", Long.toString(market))).contains("个体工商户设立登记").contains("食品经营许可");
		assertThat(page("/services/items", "theme", "社会救助")).contains("最低生活保障审批");
		String found = page("/services/items", "q", "残疾人证");
		assertThat(found).contains("残疾人证办理");
		String code = jdbc.sql("SELECT impl_code FROM svc_item WHERE name = '残疾人证办理' ORDER BY id LIMIT 1")
			.query(String.class).single();
		assertThat(page("/services/items/" + code)).contains("《中华人民共和国残疾人保障法》第二十四条").contains("便民服务中心");
		// Reading is public, applying needs a signed-in applicant.
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/services/items/" + code + "/apply"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern("**/login"));
	}

	long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	static final String DEMO_ITEMS = "SELECT COUNT(*) FROM svc_item i JOIN idn_org o ON o.id = i.org_id"
			+ " WHERE o.region_code LIKE '339901%' AND (o.name LIKE '县%' OR o.kind = 'TOWNSHIP')";

	@Test
	void aFewHundredItemsAcrossTheDepartmentsAndTownshipsAndLoadingAgainAddsNothing() {
		demo.on(new DemoCountyGenerated(20261122));
		long items = count(DEMO_ITEMS);
		assertThat(items).isBetween(250L, 400L);
		assertThat(count("SELECT COUNT(DISTINCT i.org_id) FROM svc_item i JOIN idn_org o ON o.id = i.org_id"
				+ " WHERE o.kind = 'DEPARTMENT' AND o.name LIKE '县%'")).isGreaterThanOrEqualTo(18);
		assertThat(count("SELECT COUNT(*) FROM svc_item WHERE name = '食品经营许可' AND item_type = '01'"))
			.isGreaterThanOrEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM svc_item WHERE committed_limit > statutory_limit")).isZero();
		demo.on(new DemoCountyGenerated(20261122));
		assertThat(count(DEMO_ITEMS)).isEqualTo(items);
	}
}
