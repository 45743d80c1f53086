package org.zhengtong.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates as people read them in pages: 2026年11月22日 in Chinese, 22 November 2026 in English.
 * APIs use ISO 8601 instead. Templates call it as {@code ${@fmt.date(value)}}.
 */
@Component("fmt")
public class DisplayFormats {

	/** Government time: the platform serves one county in China Standard Time. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");

	private static final DateTimeFormatter ZH_DATE_TIME = DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm");

	private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

	private static final DateTimeFormatter EN_DATE_TIME = DateTimeFormatter.ofPattern("d MMMM uuuu HH:mm",
			Locale.ENGLISH);

	public String date(LocalDate value) {
		return value == null ? "" : (english() ? EN_DATE : ZH_DATE).format(value);
	}

	public String date(Instant value) {
		return value == null ? "" : date(value.atZone(ZONE).toLocalDate());
	}

	public String dateTime(Instant value) {
		return value == null ? "" : (english() ? EN_DATE_TIME : ZH_DATE_TIME).format(value.atZone(ZONE));
	}

	public String dateTime(LocalDateTime value) {
		return value == null ? "" : (english() ? EN_DATE_TIME : ZH_DATE_TIME).format(value);
	}

	private static boolean english() {
		return "en".equals(LocaleContextHolder.getLocale().getLanguage());
	}
}
