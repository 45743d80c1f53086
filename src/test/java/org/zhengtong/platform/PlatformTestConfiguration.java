package org.zhengtong.platform;

import java.util.List;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhengtong.platform.audit.AuditRecord;
import org.zhengtong.platform.audit.AuditResult;
import org.zhengtong.platform.files.FileAccessPolicy;

/**
 * What the platform's integration tests add to the application: a reader of the real audit trail
 * (so tests see what the audit module actually recorded), and a file access policy of a pretend
 * module that lets the user {@code policy-reader} read every file.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PlatformTestConfiguration {

	public static final String POLICY_READER = "policy-reader";

	@Bean
	AuditRows auditRows(JdbcClient jdbc) {
		return new AuditRows(jdbc);
	}

	@Bean
	FileAccessPolicy pretendModuleFilePolicy() {
		return (file, reader) -> POLICY_READER.equals(reader.getName());
	}

	/** Reads the rows the audit module wrote; tests look for theirs by action and target. */
	public static class AuditRows {

		private final JdbcClient jdbc;

		AuditRows(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		public List<AuditRecord> recorded(String action, String targetId) {
			return jdbc.sql("SELECT action, target_type, target_id, result, detail FROM aud_entry WHERE action = ?"
					+ " AND (CAST(? AS VARCHAR) IS NULL OR target_id = ?) ORDER BY seq")
				.params(action, targetId, targetId)
				.query((rs, row) -> new AuditRecord(rs.getString("action"), rs.getString("target_type"),
						rs.getString("target_id"), AuditResult.valueOf(rs.getString("result")), rs.getString("detail"),
						null))
				.list();
		}
	}
}
