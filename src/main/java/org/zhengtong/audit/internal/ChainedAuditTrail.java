package org.zhengtong.audit.internal;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditEntry;
import org.zhengtong.platform.audit.AuditActor;
import org.zhengtong.platform.audit.AuditRecord;
import org.zhengtong.platform.audit.AuditTrail;

/**
 * Appends to the SM3 hash chain inside the caller's transaction. The chain head's row lock is held
 * until that transaction ends, so entries get gapless positions in commit order and vanish with a
 * rollback; callers should therefore record last, just before they commit.
 */
@Service
class ChainedAuditTrail implements AuditTrail {

	private final AuditEntries entries;

	private final CurrentActor actors;

	private final SourceAddress source;

	private final Clock clock;

	ChainedAuditTrail(AuditEntries entries, CurrentActor actors, SourceAddress source, ObjectProvider<Clock> clock) {
		this.entries = entries;
		this.actors = actors;
		this.source = source;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditRecord record) {
		AuditActor actor = actors.resolve(record.actor());
		String ip = source.current();
		ChainHead head = entries.lockHead();
		// Taken under the lock, so time never runs backwards along the chain.
		AuditEntry unsealed = new AuditEntry(head.lastSeq() + 1, Canonical.micros(clock.instant()),
				fit(orDefault(actor.auditUserId(), "unknown"), 100), fit(orDefault(actor.auditUserName(), "unknown"), 200),
				fit(actor.auditRoles(), 1000), fit(actor.auditOrganisation(), 300), fit(record.action(), 100),
				fit(record.targetType(), 100), fit(record.targetId(), 200), record.result().name(),
				fit(record.detail(), 4000), fit(ip, 64), head.lastHash(), null);
		entries.append(EntryHashes.seal(unsealed));
	}

	private static String orDefault(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value;
	}

	/** Over-long values are cut rather than failing the caller's business transaction. */
	private static String fit(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}
}
