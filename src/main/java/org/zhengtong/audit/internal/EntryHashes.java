package org.zhengtong.audit.internal;

import java.util.HexFormat;

import org.zhengtong.audit.AuditEntry;
import org.zhengtong.platform.crypto.SmCrypto;

/** hash = SM3(previous hash bytes ‖ canonical content of every stored field except the hashes). */
public final class EntryHashes {

	/** The link before the first row ever written. */
	public static final String GENESIS = "0".repeat(64);

	private static final String TAG = "zhengtong.audit.entry.v1";

	private EntryHashes() {
	}

	public static String hash(String prevHash, AuditEntry entry) {
		byte[] content = Canonical.of(TAG)
			.number(entry.seq())
			.instant(entry.occurredAt())
			.text(entry.userId())
			.text(entry.userName())
			.text(entry.roles())
			.text(entry.organisation())
			.text(entry.action())
			.text(entry.targetType())
			.text(entry.targetId())
			.text(entry.result())
			.text(entry.detail())
			.text(entry.sourceIp())
			.bytes();
		byte[] prev = HexFormat.of().parseHex(prevHash);
		byte[] input = new byte[prev.length + content.length];
		System.arraycopy(prev, 0, input, 0, prev.length);
		System.arraycopy(content, 0, input, prev.length, content.length);
		return SmCrypto.sm3Hex(input);
	}

	/** The entry with its hash filled in from its prev_hash and content. */
	public static AuditEntry seal(AuditEntry e) {
		return new AuditEntry(e.seq(), e.occurredAt(), e.userId(), e.userName(), e.roles(), e.organisation(),
				e.action(), e.targetType(), e.targetId(), e.result(), e.detail(), e.sourceIp(), e.prevHash(),
				hash(e.prevHash(), e));
	}

	/** Whether the stored row's hash is what its own prev_hash and content give. */
	public static boolean matches(AuditEntry entry) {
		try {
			return hash(entry.prevHash(), entry).equals(entry.hash());
		}
		catch (IllegalArgumentException notHex) {
			return false;
		}
	}
}
