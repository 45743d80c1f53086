package org.zhengtong.office.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.zhengtong.DatabaseIntegrationTest;
import org.zhengtong.identity.IdentityFixtures;
import org.zhengtong.office.internal.SealVerification.Verdict;
import org.zhengtong.platform.crypto.PlatformKeys;
import org.zhengtong.platform.crypto.SmCrypto;
import org.zhengtong.platform.files.FileStore;

/** GB/T 9704 layout values on the produced OFD, and GB/T 38540 seal verification outcomes. */
@SpringBootTest
@Import(IdentityFixtures.class)
class OfficeSealIT extends DatabaseIntegrationTest {

	@Autowired
	IdentityFixtures identity;

	@Autowired
	OutgoingDocuments outgoing;

	@Autowired
	Documents documents;

	@Autowired
	Seals seals;

	@Autowired
	SealVerification verification;

	@Autowired
	FileStore files;

	@Autowired
	OfdLayout layout;

	@Autowired
	PlatformKeys keys;

	OfficeFixtures office;

	@BeforeEach
	void people() {
		office = new OfficeFixtures(identity, outgoing, seals);
		office.sealForOrg();
	}

	byte[] sealedFile(long id) throws Exception {
		OfficialDocument document = documents.find(id).orElseThrow();
		return Files.readAllBytes(files.contentOf(files.find(java.util.UUID.fromString(document.sealedFileId())).orElseThrow()));
	}

	@Test
	void sealedDocumentVerifiesAsValidAndAnyChangedByteAsAltered() throws Exception {
		byte[] ofd = sealedFile(office.advance(Classification.NONE, Stage.DISTRIBUTE));
		assertThat(verification.verify(ofd).verdict()).isEqualTo(Verdict.VALID);
		assertThat(verification.verify(ofd).sealName()).isEqualTo("示范县人民政府办公室");

		for (int position : new int[] { 10, ofd.length / 3, ofd.length / 2, ofd.length - 30, ofd.length - 3 }) {
			byte[] changed = ofd.clone();
			changed[position] ^= 0x01;
			assertThat(verification.verify(changed).verdict()).as("byte %d changed", position).isEqualTo(Verdict.ALTERED);
		}
	}

	@Test
	void changedContentRepackedIsAlteredEvenWithoutTheRegistry() {
		var seal = seals.current(office.org).orElseThrow();
		OfdLayout.Rendered rendered = layout.render(documents.find(office.advance(Classification.NONE, Stage.SEAL)).orElseThrow());
		byte[] signed = OfdSignatures.sign(rendered.ofd(), rendered.seal(), sealStructure(seal), privateKey(seal),
				certificate(seal), Instant.now());
		assertThat(verification.verify(signed).verdict()).isEqualTo(Verdict.VALID);
		// Re-zipping with one page's content changed: the file checks in Signature.xml no longer match.
		Map<String, byte[]> entries = unzip(signed);
		String page = entries.keySet().stream().filter(n -> n.endsWith("Content.xml")).findFirst().orElseThrow();
		String original = new String(entries.get(page), StandardCharsets.UTF_8);
		String forged = original.replaceFirst(">[^<>]+</ofd:TextCode>", ">伪造</ofd:TextCode>");
		assertThat(forged).isNotEqualTo(original);
		entries.put(page, forged.getBytes(StandardCharsets.UTF_8));
		assertThat(verification.verify(zip(entries)).verdict()).isEqualTo(Verdict.ALTERED);
	}

	@Test
	void expiredAndUnknownSealsAreReportedAsSuch() {
		OfdLayout.Rendered rendered = layout.render(documents.find(office.advance(Classification.NONE, Stage.SEAL)).orElseThrow());
		var expired = seals.create(office.leader, office.org, "过期印章", Instant.now().minus(Duration.ofDays(30)),
				Instant.now().minus(Duration.ofDays(1)));
		byte[] signedExpired = OfdSignatures.sign(rendered.ofd(), rendered.seal(), sealStructure(expired), privateKey(expired),
				certificate(expired), Instant.now());
		assertThat(verification.verify(signedExpired).verdict()).isEqualTo(Verdict.SEAL_EXPIRED);

		var pair = SmCrypto.generateSm2KeyPair();
		var stranger = PlatformKeys.selfSigned(pair, "CN=Stranger");
		byte[] unknownSeal = SealStructures.seal("unknown-" + System.nanoTime(), 1, "陌生印章", stranger, Instant.now(),
				Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(1)), new byte[] { 1 }, 42, 42,
				keys.signingKey(), keys.signingCertificate());
		byte[] signedUnknown = OfdSignatures.sign(rendered.ofd(), rendered.seal(), unknownSeal, pair.getPrivate(), stranger,
				Instant.now());
		assertThat(verification.verify(signedUnknown).verdict()).isEqualTo(Verdict.UNKNOWN_SEAL);
		assertThat(verification.verify(rendered.ofd()).verdict()).isEqualTo(Verdict.NOT_SEALED);
	}

	@Test
	void layoutFollowsGbT9704() throws Exception {
		byte[] ofd = sealedFile(office.advance(Classification.NONE, Stage.DISTRIBUTE));
		Map<String, byte[]> entries = unzip(ofd);
		String document = text(entries, "Doc_0/Document.xml");
		assertThat(document).contains("<ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>");
		String fonts = text(entries, "Doc_0/PublicRes.xml");
		assertThat(fonts).contains("FontName=\"Noto Serif CJK SC\"").contains("FontName=\"Noto Sans CJK SC\"");

		String page1 = text(entries, "Doc_0/Pages/Page_0/Content.xml");
		List<double[]> boxes = boundaries(page1);
		assertThat(boxes).isNotEmpty();
		// Every text object of the body sits inside the text block: binding margin 28 mm, 156 mm wide,
		// top margin 37 mm, 225 mm tall (page numbers below the block excepted).
		for (double[] box : boxes) {
			if (box[1] < OfdLayout.TOP + OfdLayout.BLOCK_HEIGHT) {
				assertThat(box[0]).isGreaterThanOrEqualTo(OfdLayout.LEFT - 0.01);
				assertThat(box[0] + box[2]).isLessThanOrEqualTo(OfdLayout.LEFT + OfdLayout.BLOCK_WIDTH + 1.01);
				assertThat(box[1]).isGreaterThanOrEqualTo(OfdLayout.TOP - 0.01);
			}
		}
		assertThat(boxes.stream().mapToDouble(b -> b[0]).min().orElseThrow()).isCloseTo(28, org.assertj.core.data.Offset.offset(0.01));
		// 3号 = 16 pt = 5.644 mm body text, red organisation mark.
		assertThat(page1).contains("Size=\"5.644\"").contains("230 0 18");
		assertThat(OfdLayout.BLOCK_HEIGHT / OfdLayout.LINES * OfdLayout.LINES).isEqualTo(225);
		assertThat(OfdLayout.BLOCK_WIDTH / OfdLayout.CHARS).isCloseTo(5.571, org.assertj.core.data.Offset.offset(0.001));
	}

	private static List<double[]> boundaries(String content) {
		List<double[]> boxes = new ArrayList<>();
		Matcher matcher = Pattern.compile("<ofd:TextObject[^>]*Boundary=\"([-\\d. ]+)\"").matcher(content);
		while (matcher.find()) {
			String[] parts = matcher.group(1).trim().split(" ");
			boxes.add(new double[] { Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]),
					Double.parseDouble(parts[3]) });
		}
		return boxes;
	}

	private static String text(Map<String, byte[]> entries, String name) {
		byte[] bytes = entries.get(name);
		assertThat(bytes).as(name + " in " + entries.keySet()).isNotNull();
		return new String(bytes, StandardCharsets.UTF_8);
	}

	private byte[] sealStructure(Seal seal) {
		return seals.sealStructure(seal);
	}

	private java.security.PrivateKey privateKey(Seal seal) {
		return seals.privateKey(seal);
	}

	private java.security.cert.X509Certificate certificate(Seal seal) {
		return seals.certificate(seal);
	}

	static Map<String, byte[]> unzip(byte[] zip) {
		Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
		try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
			java.util.zip.ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				entries.put(entry.getName().startsWith("/") ? entry.getName().substring(1) : entry.getName(), in.readAllBytes());
			}
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		return entries;
	}

	static byte[] zip(Map<String, byte[]> entries) {
		var out = new java.io.ByteArrayOutputStream();
		try (var zip = new java.util.zip.ZipOutputStream(out)) {
			for (var entry : entries.entrySet()) {
				zip.putNextEntry(new java.util.zip.ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}
}
