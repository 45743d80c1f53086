package org.zhengtong.identity.internal;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;

import java.time.Clock;
import java.util.OptionalLong;

import org.springframework.stereotype.Component;

/**
 * RFC 6238 time-based one-time passwords (HMAC-SHA1, 30-second steps, 6 digits: what every
 * authenticator app uses by default). A code is accepted for the current step and one step
 * either side, to allow for clock drift between phone and server.
 */
@Component
class TotpCodes {

	static final int PERIOD_SECONDS = 30;

	static final int DIGITS = 6;

	static final String ISSUER = "政通 Zhengtong";

	private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

	private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32);

	private final Clock clock;

	TotpCodes(Clock clock) {
		this.clock = clock;
	}

	String newSecret() {
		return secrets.generate();
	}

	long currentStep() {
		return clock.instant().getEpochSecond() / PERIOD_SECONDS;
	}

	String codeAt(String secret, long step) {
		try {
			return generator.generate(secret, step);
		}
		catch (CodeGenerationException ex) {
			throw new IllegalStateException("Cannot compute a TOTP code", ex);
		}
	}

	String currentCode(String secret) {
		return codeAt(secret, currentStep());
	}

	/** The time step the code belongs to, if it matches the current step ±1. */
	OptionalLong matchingStep(String secret, String code) {
		if (code == null || !code.trim().matches("\\d{" + DIGITS + "}")) {
			return OptionalLong.empty();
		}
		String typed = code.trim();
		long now = currentStep();
		for (long step = now - 1; step <= now + 1; step++) {
			if (java.security.MessageDigest.isEqual(codeAt(secret, step).getBytes(), typed.getBytes())) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	String otpauthUri(String accountName, String secret) {
		return qrData(accountName, secret).getUri();
	}

	/** The enrolment QR code as a data: URI (PNG), so no external service sees the secret. */
	String qrDataUri(String accountName, String secret) {
		try {
			ZxingPngQrGenerator png = new ZxingPngQrGenerator();
			png.setImageSize(220);
			return Utils.getDataUriForImage(png.generate(qrData(accountName, secret)), png.getImageMimeType());
		}
		catch (QrGenerationException ex) {
			throw new IllegalStateException("Cannot draw the enrolment QR code", ex);
		}
	}

	private static QrData qrData(String accountName, String secret) {
		return new QrData.Builder().label(accountName)
			.secret(secret)
			.issuer(ISSUER)
			.algorithm(HashingAlgorithm.SHA1)
			.digits(DIGITS)
			.period(PERIOD_SECONDS)
			.build();
	}
}
