package org.zhengtong.office.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhengtong.platform.crypto.PlatformKeys;
import org.zhengtong.platform.crypto.SmCrypto;

/**
 * 验章 — checks a sealed OFD: altered (any changed byte of a file this deployment issued, or any
 * change to the signed content of any file), unknown seal, seal expired at signing time, or valid.
 */
@Service
public class SealVerification {

	public enum Verdict {
		VALID, ALTERED, SEAL_EXPIRED, UNKNOWN_SEAL, NOT_SEALED
	}

	public record Report(Verdict verdict, String sealName, String esId, Instant signedAt, Instant validFrom,
			Instant validTo) {
	}

	private final Seals seals;

	private final PlatformKeys keys;

	private final JdbcClient jdbc;

	SealVerification(Seals seals, PlatformKeys keys, JdbcClient jdbc) {
		this.seals = seals;
		this.keys = keys;
		this.jdbc = jdbc;
	}

	public Report verify(byte[] ofd) {
		OfdSignatures.Checked checked = OfdSignatures.check(ofd, keys.verificationKey());
		SealStructures.ParsedSignature parsed = checked.signature();
		if (checked.check() == OfdSignatures.Check.NOT_SIGNED) {
			return new Report(Verdict.NOT_SEALED, null, null, null, null, null);
		}
		if (checked.check() == OfdSignatures.Check.ALTERED || parsed == null) {
			return report(Verdict.ALTERED, parsed);
		}
		// The package-level check cannot see bytes outside the signed files (zip headers); for a file
		// issued here the registered SM3 of the whole file closes that gap.
		List<String> issued = jdbc.sql("SELECT file_sm3 FROM ofc_seal_use WHERE signature_sm3 = ?")
			.param(SmCrypto.sm3Hex(checked.signedValue()))
			.query(String.class)
			.list();
		if (!issued.isEmpty() && !issued.contains(SmCrypto.sm3Hex(ofd))) {
			return report(Verdict.ALTERED, parsed);
		}
		var seal = seals.byEsId(parsed.esId());
		if (seal.isEmpty() || !seal.get().certificateSm3().equals(SmCrypto.sm3Hex(parsed.holderCertificate()))
				|| !java.util.Arrays.equals(parsed.holderCertificate(), parsed.signerCertificate())) {
			return report(Verdict.UNKNOWN_SEAL, parsed);
		}
		if (!seal.get().validAt(parsed.signedAt())) {
			return report(Verdict.SEAL_EXPIRED, parsed);
		}
		return report(Verdict.VALID, parsed);
	}

	private static Report report(Verdict verdict, SealStructures.ParsedSignature parsed) {
		return parsed == null ? new Report(verdict, null, null, null, null, null)
				: new Report(verdict, parsed.sealName(), parsed.esId(), parsed.signedAt(), parsed.validFrom(),
						parsed.validTo());
	}
}
