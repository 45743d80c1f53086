package org.zhengtong.audit.internal;

import java.util.Base64;

import org.springframework.stereotype.Component;
import org.zhengtong.platform.crypto.PlatformKeys;
import org.zhengtong.platform.crypto.SmCrypto;

/** Signs checkpoints with the platform's SM2 key (SM3withSM2) and checks them with its certificate. */
@Component
public class CheckpointSignatures {

	private final PlatformKeys keys;

	CheckpointSignatures(PlatformKeys keys) {
		this.keys = keys;
	}

	public Checkpoint sign(Checkpoint checkpoint) {
		byte[] signature = SmCrypto.sign(keys.signingKey(), checkpoint.content());
		return checkpoint.signed(Base64.getEncoder().encodeToString(signature));
	}

	public boolean isGenuine(Checkpoint checkpoint) {
		try {
			byte[] signature = Base64.getDecoder().decode(checkpoint.signature());
			return SmCrypto.verify(keys.verificationKey(), checkpoint.content(), signature);
		}
		catch (IllegalArgumentException | NullPointerException notBase64) {
			return false;
		}
	}
}
