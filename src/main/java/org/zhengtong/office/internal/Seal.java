package org.zhengtong.office.internal;

import java.time.Instant;

/** 电子印章 record: name, type, picture, validity and the holder's SM2 certificate (PEM-free DER, base64). */
public record Seal(long id, String esId, long orgId, String name, int type, String pictureBase64, int widthMm,
		int heightMm, Instant validFrom, Instant validTo, String certificateBase64, String certificateSm3) {

	/** GB/T 38540 seal types: 1 单位印章 (organisation seal), 2 个人签名章. */
	public static final int ORGANISATION = 1;

	public boolean validAt(Instant instant) {
		return !instant.isBefore(validFrom) && instant.isBefore(validTo);
	}
}
