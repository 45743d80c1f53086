package org.zhengtong.platform.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** One month of the admin page as weeks of seven cells, Monday first; cells outside the month are empty. */
record MonthGrid(YearMonth month, List<List<Cell>> weeks) {

	static List<MonthGrid> year(CalendarYear year) {
		List<MonthGrid> months = new ArrayList<>(12);
		for (int m = 1; m <= 12; m++) {
			months.add(of(YearMonth.of(year.year(), m), year));
		}
		return months;
	}

	static MonthGrid of(YearMonth month, CalendarYear year) {
		List<List<Cell>> weeks = new ArrayList<>();
		List<Cell> week = new ArrayList<>(7);
		for (int blank = 1; blank < month.atDay(1).getDayOfWeek().getValue(); blank++) {
			week.add(Cell.EMPTY);
		}
		for (int d = 1; d <= month.lengthOfMonth(); d++) {
			LocalDate date = month.atDay(d);
			CalendarDay special = year.specialDays().get(date);
			week.add(new Cell(date, special));
			if (week.size() == 7) {
				weeks.add(week);
				week = new ArrayList<>(7);
			}
		}
		if (!week.isEmpty()) {
			while (week.size() < 7) {
				week.add(Cell.EMPTY);
			}
			weeks.add(week);
		}
		return new MonthGrid(month, weeks);
	}

	public int monthValue() {
		return month.getMonthValue();
	}

	/** A day of the grid; {@code special} is its holiday or adjusted-working-day entry, if any. */
	record Cell(LocalDate date, CalendarDay special) {

		static final Cell EMPTY = new Cell(null, null);

		public String cssClass() {
			if (special == null) {
				return date != null && CalendarYear.isWeekend(date) ? "day-weekend" : null;
			}
			return special.kind() == DayKind.HOLIDAY ? "day-holiday" : "day-workday";
		}
	}
}
