package org.zhengtong.office.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.audit.AuditRecord;
import org.zhengtong.platform.audit.AuditTrail;
import org.zhengtong.platform.crypto.PlatformKeys;
import org.zhengtong.platform.crypto.SmCrypto;
import org.zhengtong.platform.web.CodedException;

/**
 * 电子印章 — seal records of organisations. Each seal has its own SM2 key pair and certificate; the
 * private key is kept SM4-GCM encrypted under the platform data key and only used to seal.
 */
@Service
public class Seals {

	private static final byte[] KEY_CONTEXT = "office.seal.key".getBytes(java.nio.charset.StandardCharsets.UTF_8);

	private final JdbcClient jdbc;

	private final PlatformKeys keys;

	private final AuditTrail audit;

	private final Clock clock;

	Seals(JdbcClient jdbc, PlatformKeys keys, AuditTrail audit, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.keys = keys;
		this.audit = audit;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** Makes a new organisation seal valid from {@code from} to {@code to}. */
	@Transactional
	public Seal create(Actor actor, long orgId, String name, Instant from, Instant to) {
		OutgoingDocuments.require(actor, "office.seal.manage");
		return make(orgId, name, from, to, name);
	}

	/** The demo county's seals, made at start-up without a signed-in person. */
	@Transactional
	Seal provision(long orgId, String name, Instant from, Instant to) {
		return make(orgId, name, from, to, "demo " + name);
	}

	private Seal make(long orgId, String name, Instant from, Instant to, String detail) {
		if (!to.isAfter(from)) {
			throw CodedException.unprocessable("office.seal.validity_invalid");
		}
		KeyPair pair = SmCrypto.generateSm2KeyPair();
		X509Certificate certificate = PlatformKeys.selfSigned(pair, "CN=" + name.replaceAll("[,=+<>#;\"\\\\]", " ") + ",O=Zhengtong");
		byte[] certificateDer = encoded(certificate);
		String privateKey = Base64.getEncoder()
			.encodeToString(SmCrypto.encryptSm4Gcm(keys.dataKey(), pair.getPrivate().getEncoded(), KEY_CONTEXT));
		String esId = UUID.randomUUID().toString().replace("-", "");
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO ofc_seal (es_id, org_id, name, seal_type, picture_png, width_mm, height_mm, valid_from, valid_to,
				  certificate, private_key, cert_sm3, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(esId, orgId, name, Seal.ORGANISATION, Base64.getEncoder().encodeToString(picture(name)),
					(int) OfdLayout.SEAL_SIZE, (int) OfdLayout.SEAL_SIZE, Timestamp.from(from), Timestamp.from(to),
					Base64.getEncoder().encodeToString(certificateDer), privateKey, SmCrypto.sm3Hex(certificateDer),
					Timestamp.from(clock.instant()))
			.update(key, "id");
		long id = key.getKey().longValue();
		audit.record(AuditRecord.success("office.seal.create", "seal", id).withDetail(detail));
		return find(id).orElseThrow();
	}

	public Optional<Seal> find(long id) {
		return jdbc.sql("SELECT * FROM ofc_seal WHERE id = ?").param(id).query(Seals::map).optional();
	}

	public Optional<Seal> byEsId(String esId) {
		return jdbc.sql("SELECT * FROM ofc_seal WHERE es_id = ?").param(esId).query(Seals::map).optional();
	}

	public List<Seal> ofOrganisation(long orgId) {
		return jdbc.sql("SELECT * FROM ofc_seal WHERE org_id = ? ORDER BY valid_to DESC, id DESC")
			.param(orgId)
			.query(Seals::map)
			.list();
	}

	/** The organisation's seal valid now, newest first. */
	public Optional<Seal> current(long orgId) {
		Instant now = clock.instant();
		return ofOrganisation(orgId).stream().filter(seal -> seal.validAt(now)).findFirst();
	}

	/** The GB/T 38540 SESeal structure of a seal, made (signed) by the platform as seal maker. */
	byte[] sealStructure(Seal seal) {
		return SealStructures.seal(seal.esId(), seal.type(), seal.name(), certificate(seal), seal.validFrom(),
				seal.validFrom(), seal.validTo(), Base64.getDecoder().decode(seal.pictureBase64()), seal.widthMm(),
				seal.heightMm(), keys.signingKey(), keys.signingCertificate());
	}

	PrivateKey privateKey(Seal seal) {
		String encrypted = jdbc.sql("SELECT private_key FROM ofc_seal WHERE id = ?").param(seal.id()).query(String.class).single();
		try {
			byte[] pkcs8 = SmCrypto.decryptSm4Gcm(keys.dataKey(), Base64.getDecoder().decode(encrypted), KEY_CONTEXT);
			return KeyFactory.getInstance("EC", SmCrypto.provider()).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException("Seal key cannot be read", ex);
		}
	}

	X509Certificate certificate(Seal seal) {
		try {
			return (X509Certificate) CertificateFactory.getInstance("X.509", SmCrypto.provider())
				.generateCertificate(new java.io.ByteArrayInputStream(Base64.getDecoder().decode(seal.certificateBase64())));
		}
		catch (java.security.cert.CertificateException ex) {
			throw new IllegalStateException("Seal certificate cannot be read", ex);
		}
	}

	/** A red round seal picture: the organisation's name along the rim and a star in the middle. */
	static byte[] picture(String name) {
		int size = 420;
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setColor(new Color(230, 0, 18));
		g.setStroke(new BasicStroke(14));
		g.drawOval(10, 10, size - 20, size - 20);
		int[] xs = new int[10];
		int[] ys = new int[10];
		for (int i = 0; i < 10; i++) {
			double r = i % 2 == 0 ? 70 : 28;
			double angle = -Math.PI / 2 + i * Math.PI / 5;
			xs[i] = (int) (size / 2 + r * Math.cos(angle));
			ys[i] = (int) (size / 2 + r * Math.sin(angle));
		}
		g.fillPolygon(xs, ys, 10);
		g.setFont(new Font(OfdLayout.HEITI, Font.PLAIN, 40));
		double step = Math.min(Math.PI * 1.3 / Math.max(1, name.length() - 1), 0.35);
		double start = -Math.PI / 2 - step * (name.length() - 1) / 2;
		for (int i = 0; i < name.length(); i++) {
			double angle = start + i * step;
			AffineTransform saved = g.getTransform();
			g.translate(size / 2 + 150 * Math.cos(angle), size / 2 + 150 * Math.sin(angle));
			g.rotate(angle + Math.PI / 2);
			g.drawString(String.valueOf(name.charAt(i)), -20, 15);
			g.setTransform(saved);
		}
		g.dispose();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] encoded(X509Certificate certificate) {
		try {
			return certificate.getEncoded();
		}
		catch (java.security.cert.CertificateEncodingException ex) {
			throw new IllegalStateException("Seal certificate cannot be read", ex);
		}
	}

	private static Seal map(ResultSet rs, int row) throws SQLException {
		return new Seal(rs.getLong("id"), rs.getString("es_id"), rs.getLong("org_id"), rs.getString("name"),
				rs.getInt("seal_type"), rs.getString("picture_png"), rs.getInt("width_mm"), rs.getInt("height_mm"),
				rs.getTimestamp("valid_from").toInstant(), rs.getTimestamp("valid_to").toInstant(),
				rs.getString("certificate"), rs.getString("cert_sm3"));
	}
}
