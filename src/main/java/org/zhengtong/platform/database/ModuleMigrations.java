package org.zhengtong.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Each module owns its migrations under {@code db/migration/<module>/} and its own history table
 * ({@code flyway_history_<module>}), so modules number their migrations independently and a
 * new module never has to fit into another's version sequence. The platform migrates first.
 */
@Component
class ModuleMigrations implements FlywayMigrationStrategy {

	static final String ROOT = "db/migration/";

	@Override
	public void migrate(Flyway template) {
		for (String module : modules()) {
			Flyway.configure(template.getConfiguration().getClassLoader())
				.configuration(template.getConfiguration())
				.locations("classpath:" + ROOT + module)
				.table("flyway_history_" + module)
				// The schema already holds other modules' tables: start this module's history at
				// version 0 so that its V1 still runs.
				.baselineOnMigrate(true)
				.baselineVersion("0")
				.load()
				.migrate();
		}
	}

	static List<String> modules() {
		try {
			Resource[] scripts = new PathMatchingResourcePatternResolver().getResources("classpath*:" + ROOT + "*/V*.sql");
			TreeSet<String> names = new TreeSet<>();
			for (Resource script : scripts) {
				String path = script.getURL().toString();
				int end = path.lastIndexOf('/');
				names.add(path.substring(path.lastIndexOf('/', end - 1) + 1, end));
			}
			List<String> ordered = new ArrayList<>();
			if (names.remove("platform")) {
				ordered.add("platform");
			}
			ordered.addAll(names);
			return ordered;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
