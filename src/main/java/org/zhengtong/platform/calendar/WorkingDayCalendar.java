package org.zhengtong.platform.calendar;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

/**
 * 工作日历 — working-day arithmetic for legal time limits (办理时限), over the holidays and
 * adjusted working days (调休) entered per year.
 *
 * <p><b>Counting convention.</b> Time limits in working days are counted from the day after
 * the act: the day of the act (受理, 补正材料收到, 送达 …) does not count (民法典第二百零一条:
 * 开始的当日不计入，自下一日开始计算), and only working days count (行政许可法第八十二条:
 * 期限以工作日计算，不含法定节假日). So the deadline of a limit of {@code n} working days
 * for an act on day {@code d} is the {@code n}-th working day after {@code d}; the act is in
 * time if done on that day. Because only working days are counted, a deadline never falls on a
 * holiday or weekend (民法典第二百零三条 is satisfied by construction).
 *
 * <p>{@link #workingDaysBetween} counts the working days in the half-open interval
 * {@code (start, end]} with the same convention, so that
 * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n} for every {@code n}.
 *
 * <p>Every date looked at must lie in a year that has been entered; otherwise
 * {@link CalendarYearMissing} ({@code platform.calendar.year_missing}) is thrown rather than
 * guessing from weekends.
 */
@Component
public class WorkingDayCalendar {

	private final CalendarYears years;

	WorkingDayCalendar(CalendarYears years) {
		this.years = years;
	}

	/** True for Monday to Friday that are not holidays, and for adjusted working weekend days. */
	public boolean isWorkingDay(LocalDate date) {
		return year(date.getYear()).isWorkingDay(date);
	}

	/**
	 * The deadline: the {@code n}-th working day after {@code date} (the day of the act does not
	 * count). {@code n = 0} gives {@code date} itself.
	 */
	public LocalDate addWorkingDays(LocalDate date, int n) {
		if (n < 0) {
			throw new IllegalArgumentException("A time limit cannot be negative: " + n);
		}
		LocalDate day = date;
		int counted = 0;
		while (counted < n) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	/**
	 * Working days in {@code (start, end]}: the start day does not count, the end day does.
	 * 0 when {@code end} is not after {@code start}.
	 */
	public int workingDaysBetween(LocalDate start, LocalDate end) {
		int count = 0;
		for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

	/** The year's calendar, or {@link CalendarYearMissing} if it has not been entered. */
	public CalendarYear year(int year) {
		return years.find(year).orElseThrow(() -> new CalendarYearMissing(year));
	}

	/** Whether the year has been entered, so callers can warn before a deadline needs it. */
	public boolean isDefined(int year) {
		return years.find(year).isPresent();
	}
}
