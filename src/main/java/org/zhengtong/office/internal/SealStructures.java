package org.zhengtong.office.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.ASN1BitString;
import org.zhengtong.platform.crypto.SmCrypto;

/**
 * GB/T 38540-2020 electronic seal and signature structures (version 4, the SESV4 layout ofdrw also
 * models), built directly with BouncyCastle's ASN.1 classes of the BC release the project ships.
 * ofdrw's own implementation (ofdrw-gm / ofdrw-sign) is compiled against BC 1.68 and calls a method
 * BC removed after 1.74, so it is not used (docs/security.md).
 */
public final class SealStructures {

	// SESeal        ::= SEQUENCE { esealInfo SES_SealInfo, cert OCTET STRING, signAlgID OID, signedValue BIT STRING }
	// SES_SealInfo  ::= SEQUENCE { header SES_Header, esID IA5String, property SES_ESPropertyInfo, picture SES_ESPictrueInfo }
	// SES_Header    ::= SEQUENCE { ID IA5String 'ES', version INTEGER 4, Vid IA5String }
	// SES_ESPropertyInfo ::= SEQUENCE { type INTEGER, name UTF8String, certListType INTEGER 1,
	//                        certList SEQUENCE OF OCTET STRING, createDate, validStart, validEnd GeneralizedTime }
	// SES_ESPictrueInfo  ::= SEQUENCE { type IA5String, data OCTET STRING, width INTEGER, height INTEGER }
	// SES_Signature ::= SEQUENCE { toSign TBS_Sign, cert OCTET STRING, signatureAlgID OID, signature BIT STRING }
	// TBS_Sign      ::= SEQUENCE { version INTEGER 4, eseal SESeal, timeInfo GeneralizedTime, dataHash BIT STRING,
	//                              propertyInfo IA5String }

	/** SM3withSM2 (GM/T 0006). */
	public static final ASN1ObjectIdentifier SM3_WITH_SM2 = new ASN1ObjectIdentifier("1.2.156.10197.1.501");

	static final int VERSION = 4;

	private SealStructures() {
	}

	/** The seal itself (SESeal), made by the seal maker (制章人): here the platform's signing key. */
	public static byte[] seal(String esId, int type, String name, X509Certificate holder, Instant created,
			Instant validFrom, Instant validTo, byte[] png, int widthMm, int heightMm, PrivateKey makerKey,
			X509Certificate makerCertificate) {
		ASN1EncodableVector header = vector(new DERIA5String("ES"), new ASN1Integer(VERSION), new DERIA5String("Zhengtong"));
		ASN1EncodableVector property = vector(new ASN1Integer(type), new DERUTF8String(name), new ASN1Integer(1),
				new DERSequence(new DEROctetString(encoded(holder))), time(created), time(validFrom), time(validTo));
		ASN1EncodableVector picture = vector(new DERIA5String("PNG"), new DEROctetString(png), new ASN1Integer(widthMm),
				new ASN1Integer(heightMm));
		DERSequence sealInfo = new DERSequence(vector(new DERSequence(header), new DERIA5String(esId),
				new DERSequence(property), new DERSequence(picture)));
		DEROctetString makerCert = new DEROctetString(encoded(makerCertificate));
		byte[] toSign = der(new DERSequence(vector(sealInfo, makerCert, SM3_WITH_SM2)));
		byte[] signature = SmCrypto.sign(makerKey, toSign);
		return der(new DERSequence(vector(sealInfo, makerCert, SM3_WITH_SM2, new DERBitString(signature))));
	}

	/** The signature over a document (SES_Signature): {@code dataHash} is the SM3 of the signed content. */
	public static byte[] signature(byte[] seal, Instant time, byte[] dataHash, String propertyInfo, PrivateKey signerKey,
			X509Certificate signerCertificate) {
		DERSequence tbs = new DERSequence(vector(new ASN1Integer(VERSION), primitive(seal), time(time),
				new DERBitString(dataHash), new DERIA5String(propertyInfo)));
		byte[] signature = SmCrypto.sign(signerKey, der(tbs));
		return der(new DERSequence(vector(tbs, new DEROctetString(encoded(signerCertificate)), SM3_WITH_SM2,
				new DERBitString(signature))));
	}

	/** A parsed SES_Signature with the parts verification needs. */
	public record ParsedSignature(byte[] tbs, byte[] signerCertificate, byte[] signature, byte[] sealInfo,
			byte[] makerCertificate, byte[] sealSignature, String esId, String sealName, Instant validFrom,
			Instant validTo, Instant signedAt, byte[] dataHash, String propertyInfo, byte[] holderCertificate) {
	}

	/** Parses an SES_Signature; throws {@link IllegalArgumentException} when it is not one. */
	public static ParsedSignature parse(byte[] encoded) {
		try {
			ASN1Sequence signature = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(encoded));
			ASN1Sequence tbs = ASN1Sequence.getInstance(signature.getObjectAt(0));
			if (ASN1Integer.getInstance(tbs.getObjectAt(0)).intValueExact() != VERSION) {
				throw new IllegalArgumentException("Not a version 4 seal signature");
			}
			ASN1Sequence seal = ASN1Sequence.getInstance(tbs.getObjectAt(1));
			ASN1Sequence sealInfo = ASN1Sequence.getInstance(seal.getObjectAt(0));
			ASN1Sequence property = ASN1Sequence.getInstance(sealInfo.getObjectAt(2));
			ASN1Sequence certs = ASN1Sequence.getInstance(property.getObjectAt(3));
			return new ParsedSignature(der(tbs), octets(signature.getObjectAt(1)), bits(signature.getObjectAt(3)),
					der(sealInfo), octets(seal.getObjectAt(1)), bits(seal.getObjectAt(3)), string(sealInfo.getObjectAt(1)),
					string(property.getObjectAt(1)), instant(property.getObjectAt(5)), instant(property.getObjectAt(6)),
					instant(tbs.getObjectAt(2)), bits(tbs.getObjectAt(3)), string(tbs.getObjectAt(4)),
					octets(certs.getObjectAt(0)));
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalArgumentException("Not a GB/T 38540 seal signature", ex);
		}
	}

	/** What the seal maker signed: esealInfo, cert and signAlgID of the SESeal. */
	public static byte[] sealToBeSigned(ParsedSignature parsed) {
		try {
			return der(new DERSequence(vector(ASN1Primitive.fromByteArray(parsed.sealInfo()),
					new DEROctetString(parsed.makerCertificate()), SM3_WITH_SM2)));
		}
		catch (IOException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	private static ASN1Primitive primitive(byte[] encoded) {
		try {
			return ASN1Primitive.fromByteArray(encoded);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	private static ASN1EncodableVector vector(ASN1Encodable... items) {
		ASN1EncodableVector vector = new ASN1EncodableVector();
		for (ASN1Encodable item : items) {
			vector.add(item);
		}
		return vector;
	}

	private static ASN1GeneralizedTime time(Instant instant) {
		return new ASN1GeneralizedTime(Date.from(instant));
	}

	private static Instant instant(ASN1Encodable value) {
		try {
			return ASN1GeneralizedTime.getInstance(value).getDate().toInstant();
		}
		catch (java.text.ParseException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	private static byte[] octets(ASN1Encodable value) {
		return ASN1OctetString.getInstance(value).getOctets();
	}

	private static byte[] bits(ASN1Encodable value) {
		return ASN1BitString.getInstance(value).getOctets();
	}

	private static String string(ASN1Encodable value) {
		return ((ASN1String) value).getString();
	}

	private static byte[] encoded(X509Certificate certificate) {
		try {
			return certificate.getEncoded();
		}
		catch (CertificateEncodingException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	static byte[] der(ASN1Encodable value) {
		try {
			return value.toASN1Primitive().getEncoded("DER");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
