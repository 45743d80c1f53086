package org.zhengtong.platform.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The platform's own keys, kept in one BCFKS keystore file: the SM4 key that encrypts personal
 * numbers at rest, the HMAC-SM3 key for their blind indexes, and the SM2 key pair that signs
 * audit checkpoints. The embedded default creates the file under ./data on first start;
 * production points {@code zt.crypto.keystore} at a managed file and sets its password.
 */
@Component
public class PlatformKeys {

	private static final Logger log = LoggerFactory.getLogger(PlatformKeys.class);

	private static final String TYPE = "BCFKS";

	private static final String DATA_KEY = "data-sm4";

	private static final String INDEX_KEY = "index-hmac-sm3";

	private static final String SIGNING_KEY = "platform-sm2";

	private final SecretKey dataKey;

	private final SecretKey indexKey;

	private final PrivateKey signingKey;

	private final X509Certificate signingCertificate;

	public PlatformKeys(CryptoProperties properties) {
		char[] password = properties.keystorePassword().toCharArray();
		try {
			KeyStore store = loadOrCreate(properties.keystore(), password);
			this.dataKey = new SecretKeySpec(((SecretKey) store.getKey(DATA_KEY, password)).getEncoded(), "SM4");
			this.indexKey = new SecretKeySpec(((SecretKey) store.getKey(INDEX_KEY, password)).getEncoded(), "HMACSM3");
			this.signingKey = (PrivateKey) store.getKey(SIGNING_KEY, password);
			this.signingCertificate = (X509Certificate) store.getCertificate(SIGNING_KEY);
		}
		catch (GeneralSecurityException | IOException ex) {
			throw new IllegalStateException("Cannot open the platform keystore " + properties.keystore()
					+ " (check zt.crypto.keystore and its password)", ex);
		}
	}

	private static KeyStore loadOrCreate(Path file, char[] password) throws GeneralSecurityException, IOException {
		KeyStore store = KeyStore.getInstance(TYPE, SmCrypto.provider());
		if (Files.exists(file)) {
			try (InputStream in = Files.newInputStream(file)) {
				store.load(in, password);
			}
			return store;
		}
		store.load(null, password);
		KeyStore.ProtectionParameter protection = new KeyStore.PasswordProtection(password);
		// BCFKS only stores secret keys under algorithm names it knows (not SM4 or HMAC-SM3), so the
		// 128 random bits are kept as a generic "AES" entry and re-typed when loaded.
		store.setEntry(DATA_KEY, new KeyStore.SecretKeyEntry(rawKey()), protection);
		store.setEntry(INDEX_KEY, new KeyStore.SecretKeyEntry(rawKey()), protection);
		KeyPair pair = SmCrypto.generateSm2KeyPair();
		store.setKeyEntry(SIGNING_KEY, pair.getPrivate(), password,
				new X509Certificate[] { selfSigned(pair, "CN=Zhengtong Platform,O=Zhengtong") });
		Files.createDirectories(file.toAbsolutePath().getParent());
		try (OutputStream out = Files.newOutputStream(file)) {
			store.store(out, password);
		}
		log.info("Created platform keystore {}", file.toAbsolutePath());
		return store;
	}

	private static SecretKey rawKey() {
		return new SecretKeySpec(SmCrypto.generateSm4Key().getEncoded(), "AES");
	}

	/** A self-signed SM2 certificate (SM3withSM2), valid for ten years. */
	public static X509Certificate selfSigned(KeyPair pair, String subject) {
		try {
			Instant now = Instant.now();
			X500Name name = new X500Name(subject);
			JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
					BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(Duration.ofDays(1))),
					Date.from(now.plus(Duration.ofDays(3650))), name, pair.getPublic());
			var signer = new JcaContentSignerBuilder("SM3withSM2").setProvider(SmCrypto.provider())
				.build(pair.getPrivate());
			return new JcaX509CertificateConverter().setProvider(SmCrypto.provider())
				.getCertificate(builder.build(signer));
		}
		catch (Exception ex) {
			throw new SmCrypto.CryptoFailure("SM2 certificate", ex);
		}
	}

	public SecretKey dataKey() {
		return dataKey;
	}

	public SecretKey indexKey() {
		return indexKey;
	}

	public PrivateKey signingKey() {
		return signingKey;
	}

	public PublicKey verificationKey() {
		return signingCertificate.getPublicKey();
	}

	public X509Certificate signingCertificate() {
		return signingCertificate;
	}
}
