package org.zhengtong.platform.crypto;

/** Masks personal numbers for display: only the person themself sees them whole. */
public final class Masking {

	private Masking() {
	}

	/** 330102199001011234 → 3301**********1234 (first 4 and last 4 kept). */
	public static String idNumber(String value) {
		return keepEnds(value, 4, 4);
	}

	/** 13812345678 → 138****5678. */
	public static String mobile(String value) {
		return keepEnds(value, 3, 4);
	}

	/** Names keep their first character: 张三丰 → 张**. */
	public static String name(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		int first = value.offsetByCodePoints(0, 1);
		return value.substring(0, first) + "*".repeat(Math.max(1, value.codePointCount(first, value.length())));
	}

	private static String keepEnds(String value, int head, int tail) {
		if (value == null) {
			return null;
		}
		if (value.length() <= head + tail) {
			return "*".repeat(value.length());
		}
		return value.substring(0, head) + "*".repeat(value.length() - head - tail)
				+ value.substring(value.length() - tail);
	}
}
