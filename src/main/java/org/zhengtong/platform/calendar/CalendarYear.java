package org.zhengtong.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * 年度工作日历 — one year's holidays and adjusted working days, as the State Council's notice
 * for that year sets them ({@code basis}, e.g. 国办发明电〔2025〕7号).
 */
public record CalendarYear(int year, String basis, Map<LocalDate, CalendarDay> specialDays) {

	public CalendarYear {
		Objects.requireNonNull(specialDays, "specialDays");
		TreeMap<LocalDate, CalendarDay> ordered = new TreeMap<>();
		for (CalendarDay day : specialDays.values()) {
			if (day.date().getYear() != year) {
				throw new IllegalArgumentException(day.date() + " is not in " + year);
			}
			ordered.put(day.date(), day);
		}
		specialDays = Collections.unmodifiableMap(ordered);
	}

	public static CalendarYear of(int year, String basis, Iterable<CalendarDay> days) {
		TreeMap<LocalDate, CalendarDay> map = new TreeMap<>();
		days.forEach(day -> map.put(day.date(), day));
		return new CalendarYear(year, basis, map);
	}

	/** An entry decides; otherwise Monday to Friday are working days and weekends are not. */
	public boolean isWorkingDay(LocalDate date) {
		if (date.getYear() != year) {
			throw new IllegalArgumentException(date + " is not in " + year);
		}
		CalendarDay special = specialDays.get(date);
		if (special != null) {
			return special.kind() == DayKind.WORKDAY;
		}
		return !isWeekend(date);
	}

	public static boolean isWeekend(LocalDate date) {
		DayOfWeek dow = date.getDayOfWeek();
		return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
	}
}
