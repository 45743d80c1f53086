package org.zhengtong;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every test that touches the database. Failsafe runs subclasses (named {@code *IT}) once
 * on H2 and once more on PostgreSQL when {@code ZT_TEST_POSTGRES_URL} is set. The database is
 * shared by the test classes of one run, so tests create their own uniquely named data.
 */
@ActiveProfiles("test")
public abstract class DatabaseIntegrationTest {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.configure(registry);
	}
}
