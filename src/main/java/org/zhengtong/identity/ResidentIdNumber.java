package org.zhengtong.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * 公民身份号码 per GB 11643-1999: 6-digit address code, 8-digit birth date, 3-digit sequence and
 * an ISO 7064 MOD 11-2 check character (0–9 or X).
 */
public final class ResidentIdNumber {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

	/** Province-level codes of GB/T 2260 (the first two digits of every address code). */
	private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
			"33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
			"63", "64", "65", "71", "81", "82");

	private ResidentIdNumber() {
	}

	/** Upper-cases a trailing x and trims, the form the number is stored and compared in. */
	public static String normalise(String value) {
		return value == null ? null : value.trim().toUpperCase(Locale.ROOT);
	}

	/** Why a number is not valid, or {@code null} when it is. */
	public static Problem check(String raw, LocalDate today) {
		String value = normalise(raw);
		if (value == null || value.isEmpty()) {
			return Problem.MISSING;
		}
		if (!value.matches("\\d{17}[\\dX]")) {
			return Problem.FORMAT;
		}
		if (!PROVINCES.contains(value.substring(0, 2))) {
			return Problem.REGION;
		}
		LocalDate birth = birthDate(value);
		if (birth == null || birth.isBefore(LocalDate.of(1900, 1, 1)) || birth.isAfter(today)) {
			return Problem.BIRTH_DATE;
		}
		if (value.charAt(17) != checkCharFor(value.substring(0, 17))) {
			return Problem.CHECK_DIGIT;
		}
		return null;
	}

	public static boolean isValid(String raw) {
		return check(raw, LocalDate.now()) == null;
	}

	/** The check character for the first 17 digits. */
	public static char checkCharFor(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK[sum % 11];
	}

	/** Birth date encoded in a well-formed number, or null when those 8 digits are no date. */
	public static LocalDate birthDate(String value) {
		try {
			return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
					Integer.parseInt(value.substring(12, 14)));
		}
		catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException ex) {
			return null;
		}
	}

	/** What is wrong with a number; each is a message key under {@code identity.id_number.}. */
	public enum Problem {

		MISSING, FORMAT, REGION, BIRTH_DATE, CHECK_DIGIT;

		public String messageKey() {
			return "identity.id_number." + name().toLowerCase(Locale.ROOT);
		}
	}
}
