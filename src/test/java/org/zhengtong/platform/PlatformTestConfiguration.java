package org.zhengtong.platform;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.zhengtong.platform.audit.AuditRecord;
import org.zhengtong.platform.audit.AuditTrail;
import org.zhengtong.platform.files.FileAccessPolicy;

/**
 * What the platform's integration tests add to the application: an audit trail that remembers
 * what it was told (primary, so it also wins over the audit module's own), and a file access
 * policy of a pretend module that lets the user {@code policy-reader} read every file.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PlatformTestConfiguration {

	public static final String POLICY_READER = "policy-reader";

	@Bean
	@Primary
	RecordingAuditTrail recordingAuditTrail() {
		return new RecordingAuditTrail();
	}

	@Bean
	FileAccessPolicy pretendModuleFilePolicy() {
		return (file, reader) -> POLICY_READER.equals(reader.getName());
	}

	/** Keeps every record; tests look for theirs by action and target. */
	public static class RecordingAuditTrail implements AuditTrail {

		private final List<AuditRecord> records = new CopyOnWriteArrayList<>();

		@Override
		public void record(AuditRecord record) {
			records.add(record);
		}

		public List<AuditRecord> recorded(String action, String targetId) {
			return records.stream()
				.filter(r -> r.action().equals(action) && (targetId == null || targetId.equals(r.targetId())))
				.toList();
		}
	}
}
