package org.zhengtong.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

/**
 * Encrypts personal numbers (ID card, mobile) at rest with SM4-GCM and derives a keyed blind
 * index (HMAC-SM3) so that a record can be found by its number without storing it in clear.
 */
@Component
public class PersonalDataProtector {

	private static final String PREFIX = "sm4g1:";

	private static final byte[] CONTEXT = "zt-personal".getBytes(StandardCharsets.UTF_8);

	private final PlatformKeys keys;

	public PersonalDataProtector(PlatformKeys keys) {
		this.keys = keys;
	}

	public String encrypt(String plaintext) {
		if (plaintext == null) {
			return null;
		}
		byte[] sealed = SmCrypto.encryptSm4Gcm(keys.dataKey(), plaintext.getBytes(StandardCharsets.UTF_8), CONTEXT);
		return PREFIX + Base64.getEncoder().encodeToString(sealed);
	}

	public String decrypt(String stored) {
		if (stored == null) {
			return null;
		}
		if (!stored.startsWith(PREFIX)) {
			throw new SmCrypto.CryptoFailure("SM4-GCM decryption", new IllegalArgumentException("unknown format"));
		}
		byte[] sealed = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
		return new String(SmCrypto.decryptSm4Gcm(keys.dataKey(), sealed, CONTEXT), StandardCharsets.UTF_8);
	}

	/** Deterministic keyed digest of a normalised number, for equality look-ups only. */
	public String blindIndex(String normalised) {
		if (normalised == null) {
			return null;
		}
		return HexFormat.of().formatHex(SmCrypto.hmacSm3(keys.indexKey(), normalised.getBytes(StandardCharsets.UTF_8)));
	}
}
