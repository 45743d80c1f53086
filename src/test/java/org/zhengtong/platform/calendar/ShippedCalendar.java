package org.zhengtong.platform.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The years the platform ships, read from its migration script, so that unit tests check the
 * very data a fresh installation gets, without a database.
 */
final class ShippedCalendar {

	private static final Pattern ROW = Pattern
		.compile("\\(DATE '(\\d{4}-\\d{2}-\\d{2})', (\\d{4}), '(HOLIDAY|WORKDAY)', '([^']+)'\\)");

	private ShippedCalendar() {
	}

	static WorkingDayCalendar calendar() {
		Map<Integer, CalendarYear> years = years();
		return new WorkingDayCalendar(year -> Optional.ofNullable(years.get(year)));
	}

	static Map<Integer, CalendarYear> years() {
		String script = read("/db/migration/platform/V2__create_calendar_tables.sql");
		Map<Integer, List<CalendarDay>> days = new HashMap<>();
		Matcher row = ROW.matcher(script);
		while (row.find()) {
			days.computeIfAbsent(Integer.valueOf(row.group(2)), y -> new ArrayList<>())
				.add(new CalendarDay(LocalDate.parse(row.group(1)), DayKind.valueOf(row.group(3)), row.group(4)));
		}
		Map<Integer, CalendarYear> years = new HashMap<>();
		days.forEach((year, list) -> years.put(year, CalendarYear.of(year, "shipped", list)));
		return years;
	}

	private static String read(String resource) {
		try (InputStream in = ShippedCalendar.class.getResourceAsStream(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
