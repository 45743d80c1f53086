package org.zhengtong.office.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhengtong.DatabaseIntegrationTest;

/** The demo county's first start: the government and every department can seal a document. */
@SpringBootTest(properties = "zt.demo.enabled=true")
class OfficeDemoIT extends DatabaseIntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Seals seals;

	@Test
	void everyDemoDepartmentHasAValidSeal() {
		List<Long> departments = jdbc
			.sql("SELECT id FROM idn_org WHERE kind IN ('DEPARTMENT', 'GOVERNMENT') AND region_code = '339901' AND name LIKE '%县%'")
			.query(Long.class)
			.list();
		assertThat(departments).hasSizeGreaterThanOrEqualTo(20);
		assertThat(departments).allSatisfy(org -> assertThat(seals.current(org)).isPresent());
	}
}
