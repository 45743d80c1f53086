package org.zhengtong.platform.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 特殊日 — one entry of a year's calendar: a holiday or an adjusted working day, with its name
 * (春节, 国庆节, 春节调休上班). Days without an entry follow the week: Monday to Friday work.
 */
public record CalendarDay(LocalDate date, DayKind kind, String name) {

	public CalendarDay {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(name, "name");
	}
}
