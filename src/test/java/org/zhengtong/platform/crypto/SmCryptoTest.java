package org.zhengtong.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;

import javax.crypto.SecretKey;

import org.junit.jupiter.api.Test;

/** Real SM2/SM3/SM4 through BouncyCastle, against the standards' vectors where they exist. */
class SmCryptoTest {

	@Test
	void sm3OfAbcMatchesTheStandardVector_GMT0004() {
		assertThat(SmCrypto.sm3Hex("abc".getBytes(StandardCharsets.US_ASCII)))
			.isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
	}

	@Test
	void sm4GcmRoundTripsAndRefusesATamperedByte() {
		SecretKey key = SmCrypto.generateSm4Key();
		byte[] plain = "330102199001011234".getBytes(StandardCharsets.UTF_8);
		byte[] sealed = SmCrypto.encryptSm4Gcm(key, plain, null);
		assertThat(SmCrypto.decryptSm4Gcm(key, sealed, null)).isEqualTo(plain);
		assertThat(SmCrypto.encryptSm4Gcm(key, plain, null)).as("fresh IV each time").isNotEqualTo(sealed);
		sealed[sealed.length - 1] ^= 1;
		assertThatThrownBy(() -> SmCrypto.decryptSm4Gcm(key, sealed, null)).isInstanceOf(SmCrypto.CryptoFailure.class);
	}

	@Test
	void sm2SignatureVerifiesAndFailsOnChangedData() {
		KeyPair pair = SmCrypto.generateSm2KeyPair();
		byte[] data = "政通".getBytes(StandardCharsets.UTF_8);
		byte[] signature = SmCrypto.sign(pair.getPrivate(), data);
		assertThat(SmCrypto.verify(pair.getPublic(), data, signature)).isTrue();
		assertThat(SmCrypto.verify(pair.getPublic(), "政通人和".getBytes(StandardCharsets.UTF_8), signature)).isFalse();
		assertThat(SmCrypto.verify(SmCrypto.generateSm2KeyPair().getPublic(), data, signature)).isFalse();
		assertThat(SmCrypto.verify(pair.getPublic(), data, new byte[] { 1, 2, 3 })).isFalse();
	}

	@Test
	void personalNumbersAreMaskedForDisplay() {
		assertThat(Masking.idNumber("330102199001011234")).isEqualTo("3301**********1234");
		assertThat(Masking.mobile("13812345678")).isEqualTo("138****5678");
		assertThat(Masking.name("张三丰")).isEqualTo("张**");
		assertThat(Masking.idNumber(null)).isNull();
	}
}
