package org.zhengtong.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.zhengtong.audit.AuditEntry;

class CanonicalTests {

	@Test
	void fieldBoundariesCannotBeShifted() {
		assertThat(Canonical.of("t").text("ab").text("c").bytes())
			.isNotEqualTo(Canonical.of("t").text("a").text("bc").bytes());
	}

	@Test
	void missingValueDiffersFromEmptyText() {
		assertThat(Canonical.of("t").text(null).bytes()).isNotEqualTo(Canonical.of("t").text("").bytes());
	}

	@Test
	void timesAreHashedAsUtcMicrosecondsWhateverTheirNanoseconds() {
		Instant stored = Instant.parse("2026-11-22T01:02:03.123456Z");

		assertThat(Canonical.micros(Instant.parse("2026-11-22T01:02:03.123456789Z"))).isEqualTo(stored);
		assertThat(Canonical.of("t").instant(stored).bytes())
			.isEqualTo(Canonical.of("t").text("2026-11-22T01:02:03.123456Z").bytes());
	}

	@Test
	void everyStoredFieldChangesTheHash() {
		AuditEntry entry = new AuditEntry(7, Instant.parse("2026-11-22T01:02:03.123456Z"), "42", "李明", "CLERK",
				"县民政局", "identity.login", "user", "42", "SUCCESS", "详情", "10.0.0.1", EntryHashes.GENESIS, null);
		String hash = EntryHashes.hash(EntryHashes.GENESIS, entry);

		assertThat(EntryHashes.hash(EntryHashes.GENESIS, new AuditEntry(8, entry.occurredAt(), "42", "李明", "CLERK",
				"县民政局", "identity.login", "user", "42", "SUCCESS", "详情", "10.0.0.1", null, null))).isNotEqualTo(hash);
		assertThat(EntryHashes.hash(EntryHashes.GENESIS, new AuditEntry(7, entry.occurredAt(), "42", "李明", "CLERK",
				"县民政局", "identity.login", "user", "42", "SUCCESS", "详情", "10.0.0.2", null, null))).isNotEqualTo(hash);
		assertThat(EntryHashes.hash("1".repeat(64), entry)).isNotEqualTo(hash);
		assertThat(hash).hasSize(64).isEqualTo(EntryHashes.hash(EntryHashes.GENESIS, entry));
	}
}
