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
class ServiceDemoItemsIT extends DatabaseIntegrationTest {

	@Autowired
	DemoServiceItems demo;

	@Autowired
	JdbcClient jdbc;

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
