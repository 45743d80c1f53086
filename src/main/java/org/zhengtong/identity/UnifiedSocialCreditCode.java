package org.zhengtong.identity;

import java.util.Locale;

/**
 * 统一社会信用代码 per GB 32100-2015: registration authority (1), organisation type (1), region
 * code (6), organisation code (9) and a check character, from 31 characters (no I, O, Z, S, V).
 */
public final class UnifiedSocialCreditCode {

	static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private UnifiedSocialCreditCode() {
	}

	public static String normalise(String value) {
		return value == null ? null : value.trim().toUpperCase(Locale.ROOT);
	}

	/** Why a code is not valid, or {@code null} when it is. */
	public static Problem check(String raw) {
		String value = normalise(raw);
		if (value == null || value.isEmpty()) {
			return Problem.MISSING;
		}
		if (value.length() != 18) {
			return Problem.FORMAT;
		}
		for (int i = 0; i < 18; i++) {
			if (CHARSET.indexOf(value.charAt(i)) < 0) {
				return Problem.FORMAT;
			}
		}
		if (!value.substring(2, 8).chars().allMatch(Character::isDigit)) {
			return Problem.REGION;
		}
		if (value.charAt(17) != checkCharFor(value.substring(0, 17))) {
			return Problem.CHECK_CHARACTER;
		}
		return null;
	}

	public static boolean isValid(String raw) {
		return check(raw) == null;
	}

	/** The check character for the first 17 characters (which must come from the charset). */
	public static char checkCharFor(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		int check = 31 - sum % 31;
		return CHARSET.charAt(check == 31 ? 0 : check);
	}

	/** What is wrong with a code; each is a message key under {@code identity.credit_code.}. */
	public enum Problem {

		MISSING, FORMAT, REGION, CHECK_CHARACTER;

		public String messageKey() {
			return "identity.credit_code." + name().toLowerCase(Locale.ROOT);
		}
	}
}
