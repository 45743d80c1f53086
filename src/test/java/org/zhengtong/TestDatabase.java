package org.zhengtong;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Chooses the database of an integration-test run: a fresh in-memory H2 (in PostgreSQL mode, as
 * the embedded default runs) or, in the second failsafe run, the PostgreSQL database named by
 * {@code ZT_TEST_POSTGRES_URL}. One test class, two runs.
 */
public final class TestDatabase {

	private TestDatabase() {
	}

	public static boolean isPostgres() {
		return "postgres".equals(System.getProperty("zt.test.database"));
	}

	public static void configure(DynamicPropertyRegistry registry) {
		if (isPostgres()) {
			String url = System.getenv("ZT_TEST_POSTGRES_URL");
			if (url == null || url.isBlank()) {
				throw new IllegalStateException("zt.test.database=postgres needs ZT_TEST_POSTGRES_URL");
			}
			registry.add("spring.datasource.url", () -> url);
			registry.add("spring.datasource.username", () -> env("ZT_TEST_POSTGRES_USER", "postgres"));
			registry.add("spring.datasource.password", () -> env("ZT_TEST_POSTGRES_PASSWORD", ""));
		}
		else {
			String url = "jdbc:h2:mem:zt-" + UUID.randomUUID()
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
			registry.add("spring.datasource.url", () -> url);
		}
		Path dataDir = tempDataDir();
		registry.add("zt.data-dir", dataDir::toString);
	}

	private static Path tempDataDir() {
		try {
			return Files.createTempDirectory("zt-test-data");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null ? fallback : value;
	}
}
