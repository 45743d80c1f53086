package org.zhengtong.office.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.zhengtong.platform.crypto.SmCrypto;

/**
 * Puts a GB/T 38540 seal signature into an OFD package the way GB/T 33190 clause 18 describes
 * (Signatures.xml → Signature.xml with SM3 check values of every file → SignedValue.dat), and checks
 * one. Any changed, added or removed file, or a broken package, reads as altered.
 */
public final class OfdSignatures {

	static final String SIGNATURES = "Doc_0/Signs/Signatures.xml";

	static final String SIGNATURE = "Doc_0/Signs/Sign_0/Signature.xml";

	static final String SIGNED_VALUE = "Doc_0/Signs/Sign_0/SignedValue.dat";

	private static final String NS = "http://www.ofdspec.org/2016";

	private static final Pattern REFERENCE = Pattern
		.compile("<ofd:Reference FileRef=\"/([^\"]+)\"><ofd:CheckValue>([^<]+)</ofd:CheckValue></ofd:Reference>");

	private static final Pattern PAGE = Pattern.compile("<ofd:Page\\s+ID=\"(\\d+)\"");

	private OfdSignatures() {
	}

	/** Signs {@code ofd} with {@code seal} (an SESeal) and the signer's key; the stamp sits at {@code place}. */
	public static byte[] sign(byte[] ofd, OfdLayout.SealPlace place, byte[] seal, PrivateKey key,
			X509Certificate certificate, Instant time) {
		Map<String, byte[]> files = unzip(ofd);
		String ofdXml = new String(files.get("OFD.xml"), StandardCharsets.UTF_8);
		if (!ofdXml.contains("<ofd:Signatures>")) {
			ofdXml = ofdXml.replace("</ofd:DocRoot>", "</ofd:DocRoot><ofd:Signatures>" + SIGNATURES + "</ofd:Signatures>");
		}
		files.put("OFD.xml", ofdXml.getBytes(StandardCharsets.UTF_8));
		files.put(SIGNATURES, ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Signatures xmlns:ofd=\"" + NS
				+ "\"><ofd:MaxSignId>1</ofd:MaxSignId><ofd:Signature ID=\"1\" Type=\"Seal\" BaseLoc=\"Sign_0/Signature.xml\"/></ofd:Signatures>")
			.getBytes(StandardCharsets.UTF_8));

		StringBuilder references = new StringBuilder();
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			if (!file.getKey().startsWith("Doc_0/Signs/")) {
				references.append("<ofd:Reference FileRef=\"/")
					.append(file.getKey())
					.append("\"><ofd:CheckValue>")
					.append(Base64.getEncoder().encodeToString(SmCrypto.sm3(file.getValue())))
					.append("</ofd:CheckValue></ofd:Reference>");
			}
		}
		String pageId = pageId(files, place.page());
		String signatureXml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Signature xmlns:ofd=\"" + NS
				+ "\"><ofd:SignedInfo><ofd:Provider ProviderName=\"Zhengtong\" Company=\"Zhengtong\" Version=\"1\"/>"
				+ "<ofd:SignatureMethod>" + SealStructures.SM3_WITH_SM2.getId() + "</ofd:SignatureMethod>"
				+ "<ofd:SignatureDateTime>"
				+ DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'").withZone(ZoneOffset.UTC).format(time)
				+ "</ofd:SignatureDateTime><ofd:References CheckMethod=\"1.2.156.10197.1.401\">" + references
				+ "</ofd:References><ofd:StampAnnot ID=\"1\" PageRef=\"" + pageId + "\" Boundary=\"" + mm(place.x()) + " "
				+ mm(place.y()) + " " + mm(place.width()) + " " + mm(place.height()) + "\"/></ofd:SignedInfo>"
				+ "<ofd:SignedValue>/" + SIGNED_VALUE + "</ofd:SignedValue></ofd:Signature>";
		byte[] signatureBytes = signatureXml.getBytes(StandardCharsets.UTF_8);
		files.put(SIGNATURE, signatureBytes);
		files.put(SIGNED_VALUE, SealStructures.signature(seal, time, SmCrypto.sm3(signatureBytes), "/" + SIGNATURE, key,
				certificate));
		return zip(files);
	}

	public enum Check {
		INTACT, ALTERED, NOT_SIGNED
	}

	/** The outcome of checking the package; {@code signature} is set when one could be read. */
	public record Checked(Check check, SealStructures.ParsedSignature signature, byte[] signedValue) {
	}

	/** Checks the package's integrity and both SM2 signatures (the signer's and the seal maker's). */
	public static Checked check(byte[] ofd, java.security.PublicKey sealMaker) {
		Map<String, byte[]> files;
		try {
			files = unzip(ofd);
		}
		catch (RuntimeException ex) {
			return new Checked(Check.ALTERED, null, null);
		}
		if (files.get(SIGNATURE) == null || files.get(SIGNED_VALUE) == null) {
			return new Checked(files.containsKey("OFD.xml") ? Check.NOT_SIGNED : Check.ALTERED, null, null);
		}
		SealStructures.ParsedSignature parsed;
		try {
			parsed = SealStructures.parse(files.get(SIGNED_VALUE));
		}
		catch (IllegalArgumentException ex) {
			return new Checked(Check.ALTERED, null, files.get(SIGNED_VALUE));
		}
		boolean intact = java.util.Arrays.equals(parsed.dataHash(), SmCrypto.sm3(files.get(SIGNATURE)))
				&& referencesMatch(files) && verify(parsed.signerCertificate(), parsed.tbs(), parsed.signature())
				&& SmCrypto.verify(sealMaker, SealStructures.sealToBeSigned(parsed), parsed.sealSignature());
		return new Checked(intact ? Check.INTACT : Check.ALTERED, parsed, files.get(SIGNED_VALUE));
	}

	/** Every file but the signature's own is referenced with a matching SM3, and nothing was added. */
	private static boolean referencesMatch(Map<String, byte[]> files) {
		String xml = new String(files.get(SIGNATURE), StandardCharsets.UTF_8);
		Matcher matcher = REFERENCE.matcher(xml);
		int referenced = 0;
		while (matcher.find()) {
			byte[] content = files.get(matcher.group(1));
			if (content == null || !Base64.getEncoder().encodeToString(SmCrypto.sm3(content)).equals(matcher.group(2))) {
				return false;
			}
			referenced++;
		}
		long unsigned = files.keySet().stream().filter(name -> !name.startsWith("Doc_0/Signs/")).count();
		return referenced > 0 && referenced == unsigned;
	}

	private static boolean verify(byte[] certificate, byte[] data, byte[] signature) {
		try {
			X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509", SmCrypto.provider())
				.generateCertificate(new ByteArrayInputStream(certificate));
			return SmCrypto.verify(cert.getPublicKey(), data, signature);
		}
		catch (Exception ex) {
			return false;
		}
	}

	private static String pageId(Map<String, byte[]> files, int page) {
		byte[] document = files.get("Doc_0/Document.xml");
		Matcher matcher = PAGE.matcher(document == null ? "" : new String(document, StandardCharsets.UTF_8));
		int index = 0;
		while (matcher.find()) {
			if (index++ == page) {
				return matcher.group(1);
			}
		}
		throw new IllegalStateException("Page " + page + " not in the OFD package");
	}

	private static String mm(double value) {
		return String.format(java.util.Locale.ROOT, "%.2f", value);
	}

	static Map<String, byte[]> unzip(byte[] zip) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				if (!entry.isDirectory()) {
					String name = entry.getName().startsWith("/") ? entry.getName().substring(1) : entry.getName();
					if (files.put(name, in.readAllBytes()) != null) {
						throw new IllegalArgumentException("Duplicate entry " + name);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("Not a readable OFD package", ex);
		}
		if (files.isEmpty()) {
			throw new IllegalArgumentException("Empty package");
		}
		return files;
	}

	private static byte[] zip(Map<String, byte[]> files) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				ZipEntry entry = new ZipEntry(file.getKey());
				entry.setTime(0);
				zip.putNextEntry(entry);
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}
}
