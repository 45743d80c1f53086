package org.zhengtong.audit;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhengtong.DatabaseIntegrationTest;
import org.zhengtong.audit.internal.AuditEntries;
import org.zhengtong.platform.audit.AuditRecord;
import org.zhengtong.platform.audit.AuditTrail;

/**
 * One application context for every audit test class. The platform keystore sits at a fixed place
 * under target/ so that a checkpoint signed by one test run still verifies in the next (the
 * PostgreSQL test database outlives a context). Tests that tamper with rows put them back, because
 * the trail is shared with every other test class of the run and must stay intact.
 */
@SpringBootTest(properties = "zt.crypto.keystore=target/audit-it/platform-keys.bcfks")
@AutoConfigureMockMvc
abstract class AuditIntegrationTest extends DatabaseIntegrationTest {

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditVerification verification;

	@Autowired
	AuditEntries entries;

	@Autowired
	JdbcClient jdbc;

	/** Records an entry and returns its position in the chain. */
	long record(String action) {
		trail.record(AuditRecord.success(action, "test", null).withDetail("written by " + getClass().getSimpleName()));
		return entries.head().lastSeq();
	}

	AuditEntry row(long seq) {
		return entries.bySeq(seq).orElseThrow();
	}

	/** Writes a row back exactly as it was (after a test removed it). */
	void reinsert(AuditEntry e) {
		jdbc.sql("INSERT INTO aud_entry (seq, occurred_at, user_id, user_name, roles, organisation, action, target_type, "
				+ "target_id, result, detail, source_ip, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(e.seq(), e.occurredAt().atOffset(java.time.ZoneOffset.UTC), e.userId(), e.userName(), e.roles(),
					e.organisation(), e.action(), e.targetType(), e.targetId(), e.result(), e.detail(), e.sourceIp(),
					e.prevHash(), e.hash())
			.update();
	}

	/** Overwrites every column but seq with the content of another row, as an intruder with SQL access could. */
	void overwrite(long seq, AuditEntry e) {
		jdbc.sql("UPDATE aud_entry SET occurred_at = ?, user_id = ?, user_name = ?, roles = ?, organisation = ?, "
				+ "action = ?, target_type = ?, target_id = ?, result = ?, detail = ?, source_ip = ?, prev_hash = ?, "
				+ "hash = ? WHERE seq = ?")
			.params(e.occurredAt().atOffset(java.time.ZoneOffset.UTC), e.userId(), e.userName(), e.roles(),
					e.organisation(), e.action(), e.targetType(), e.targetId(), e.result(), e.detail(), e.sourceIp(),
					e.prevHash(), e.hash(), seq)
			.update();
	}
}
