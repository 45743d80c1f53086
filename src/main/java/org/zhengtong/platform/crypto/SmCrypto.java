package org.zhengtong.platform.crypto;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Security;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The Chinese commercial cryptography the platform uses: SM2 (GM/T 0003) signatures with SM3,
 * SM3 (GM/T 0004) digests, SM4 (GM/T 0002) in GCM mode. All through BouncyCastle, registered
 * once for the whole JVM.
 */
public final class SmCrypto {

	private static final Provider PROVIDER = registerProvider();

	private static final int GCM_IV_BYTES = 12;

	private static final int GCM_TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private SmCrypto() {
	}

	private static synchronized Provider registerProvider() {
		Provider existing = Security.getProvider(BouncyCastleProvider.PROVIDER_NAME);
		if (existing != null) {
			return existing;
		}
		Provider provider = new BouncyCastleProvider();
		Security.addProvider(provider);
		return provider;
	}

	public static Provider provider() {
		return PROVIDER;
	}

	/** SM3 digest of the bytes (32 bytes). */
	public static byte[] sm3(byte[] data) {
		SM3Digest digest = new SM3Digest();
		digest.update(data, 0, data.length);
		byte[] out = new byte[digest.getDigestSize()];
		digest.doFinal(out, 0);
		return out;
	}

	/** SM3 digest as 64 lower-case hex characters. */
	public static String sm3Hex(byte[] data) {
		return HexFormat.of().formatHex(sm3(data));
	}

	/** HMAC-SM3, used for blind indexes of encrypted personal numbers. */
	public static byte[] hmacSm3(SecretKey key, byte[] data) {
		try {
			Mac mac = Mac.getInstance("HMACSM3", PROVIDER);
			mac.init(key);
			return mac.doFinal(data);
		}
		catch (GeneralSecurityException ex) {
			throw new CryptoFailure("HMAC-SM3", ex);
		}
	}

	public static KeyPair generateSm2KeyPair() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", PROVIDER);
			generator.initialize(new ECGenParameterSpec("sm2p256v1"), RANDOM);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new CryptoFailure("SM2 key generation", ex);
		}
	}

	/** SM3withSM2 signature (DER encoded, default user id per GM/T 0009). */
	public static byte[] sign(PrivateKey key, byte[] data) {
		try {
			Signature signature = Signature.getInstance("SM3withSM2", PROVIDER);
			signature.initSign(key, RANDOM);
			signature.update(data);
			return signature.sign();
		}
		catch (GeneralSecurityException ex) {
			throw new CryptoFailure("SM2 signing", ex);
		}
	}

	/** True when the signature is a valid SM3withSM2 signature of the data; false otherwise. */
	public static boolean verify(PublicKey key, byte[] data, byte[] signatureBytes) {
		try {
			Signature signature = Signature.getInstance("SM3withSM2", PROVIDER);
			signature.initVerify(key);
			signature.update(data);
			return signature.verify(signatureBytes);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			// A malformed signature is simply not a valid one.
			return false;
		}
	}

	public static SecretKey generateSm4Key() {
		try {
			KeyGenerator generator = KeyGenerator.getInstance("SM4", PROVIDER);
			generator.init(128, RANDOM);
			return generator.generateKey();
		}
		catch (GeneralSecurityException ex) {
			throw new CryptoFailure("SM4 key generation", ex);
		}
	}

	/** SM4-GCM: returns a fresh 12-byte IV followed by ciphertext and 16-byte tag. */
	public static byte[] encryptSm4Gcm(SecretKey key, byte[] plaintext, byte[] associatedData) {
		try {
			byte[] iv = new byte[GCM_IV_BYTES];
			RANDOM.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("SM4/GCM/NoPadding", PROVIDER);
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(GCM_TAG_BITS, iv));
			if (associatedData != null) {
				cipher.updateAAD(associatedData);
			}
			byte[] sealed = cipher.doFinal(plaintext);
			byte[] out = Arrays.copyOf(iv, GCM_IV_BYTES + sealed.length);
			System.arraycopy(sealed, 0, out, GCM_IV_BYTES, sealed.length);
			return out;
		}
		catch (GeneralSecurityException ex) {
			throw new CryptoFailure("SM4-GCM encryption", ex);
		}
	}

	/** Opens what {@link #encryptSm4Gcm} sealed; fails if a single byte was changed. */
	public static byte[] decryptSm4Gcm(SecretKey key, byte[] sealed, byte[] associatedData) {
		if (sealed.length < GCM_IV_BYTES + GCM_TAG_BITS / 8) {
			throw new CryptoFailure("SM4-GCM decryption", new IllegalArgumentException("too short"));
		}
		try {
			Cipher cipher = Cipher.getInstance("SM4/GCM/NoPadding", PROVIDER);
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(GCM_TAG_BITS, sealed, 0, GCM_IV_BYTES));
			if (associatedData != null) {
				cipher.updateAAD(associatedData);
			}
			return cipher.doFinal(sealed, GCM_IV_BYTES, sealed.length - GCM_IV_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new CryptoFailure("SM4-GCM decryption", ex);
		}
	}

	/** A cryptographic operation that cannot go on (bad key, tampered ciphertext). */
	public static final class CryptoFailure extends RuntimeException {

		private static final long serialVersionUID = 1L;

		CryptoFailure(String operation, Throwable cause) {
			super(operation + " failed: " + cause.getMessage(), cause);
		}
	}
}
