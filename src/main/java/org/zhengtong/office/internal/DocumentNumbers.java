package org.zhengtong.office.internal;

import java.time.LocalDate;

/** The number and date formats GB/T 9704-2012 prescribes. */
public final class DocumentNumbers {

	private DocumentNumbers() {
	}

	/** 发文字号 (7.2.4): 代字 + year in 六角括号〔〕 + serial without leading zeros or 第, e.g. 县政办发〔2026〕12号. */
	public static String format(String issuerCode, int year, long serial) {
		if (serial < 1) {
			throw new IllegalArgumentException("serial must be positive");
		}
		return issuerCode + "〔" + year + "〕" + serial + "号";
	}

	/** 成文日期 (7.3.5.1): Arabic numerals, year in full, month and day without leading zeros. */
	public static String date(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}
}
