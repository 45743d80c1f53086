package org.zhengtong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the two failsafe runs: the application really talks to the database the run is named
 * after (H2, or the PostgreSQL 15+ of {@code ZT_TEST_POSTGRES_URL}).
 */
@SpringBootTest
class DatabaseRunIT extends DatabaseIntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void runsOnTheDatabaseTheRunIsNamedAfter() {
		String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
		if (TestDatabase.isPostgres()) {
			assertThat(product).isEqualTo("PostgreSQL");
			assertThat(jdbc.queryForObject("select current_setting('server_version_num')::int", Integer.class))
				.isGreaterThanOrEqualTo(150000);
		}
		else {
			assertThat(product).isEqualTo("H2");
		}
	}
}
