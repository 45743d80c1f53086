package org.zhengtong.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingDayCalendarTest {

	private final WorkingDayCalendar calendar = ShippedCalendar.calendar();

	private static LocalDate d(String iso) {
		return LocalDate.parse(iso);
	}

	@Nested
	class Calendar2026 {

		@ParameterizedTest
		@ValueSource(strings = { "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10" })
		void adjustedWeekendDaysOf2026AreWorkingDays_调休上班(String date) {
			assertThat(d(date).getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
			assertThat(calendar.isWorkingDay(d(date))).isTrue();
		}

		@Test
		void everyDayOfTheHolidaysOf2026IsOff_国务院办公厅2026年节假日安排() {
			Stream.of(range("2026-01-01", "2026-01-03"), range("2026-02-15", "2026-02-23"),
					range("2026-04-04", "2026-04-06"), range("2026-05-01", "2026-05-05"), range("2026-06-19", "2026-06-21"),
					range("2026-09-25", "2026-09-27"), range("2026-10-01", "2026-10-07"))
				.flatMap(s -> s)
				.forEach(day -> assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse());
		}

		@Test
		void ordinaryWeekdaysWorkAndOrdinaryWeekendsDoNot() {
			assertThat(calendar.isWorkingDay(d("2026-11-20"))).as("Friday").isTrue();
			assertThat(calendar.isWorkingDay(d("2026-11-21"))).as("Saturday").isFalse();
			assertThat(calendar.isWorkingDay(d("2026-11-22"))).as("Sunday").isFalse();
		}

		@Test
		void bothShippedYearsHave248WorkingDays() {
			assertThat(calendar.workingDaysBetween(d("2025-12-31"), d("2026-12-31"))).isEqualTo(248);
			// 1 January 2025 is 元旦, so leaving it out of the count loses no working day.
			assertThat(calendar.workingDaysBetween(d("2025-01-01"), d("2025-12-31"))).isEqualTo(248);
		}
	}

	@Nested
	class Deadlines {

		@Test
		void theDayOfTheActDoesNotCount_民法典第201条() {
			assertThat(calendar.addWorkingDays(d("2026-03-02"), 1)).isEqualTo(d("2026-03-03"));
			assertThat(calendar.addWorkingDays(d("2026-03-02"), 0)).isEqualTo(d("2026-03-02"));
		}

		@Test
		void nationalDayHolidayOf2026PushesDeadlineToOctober_国办发明电2025() {
			// Accepted Thursday 24 September: 25–27 Sep (中秋) and 1–7 Oct (国庆) do not count.
			assertThat(calendar.addWorkingDays(d("2026-09-24"), 5)).isEqualTo(d("2026-10-09"));
			// The sixth working day is Saturday 10 October, a 调休 working day.
			assertThat(calendar.addWorkingDays(d("2026-09-24"), 6)).isEqualTo(d("2026-10-10"));
		}

		@Test
		void decisionIsDueTwentyWorkingDaysAfterAcceptance_行政许可法第42条() {
			assertThat(calendar.addWorkingDays(d("2026-09-21"), 20)).isEqualTo(d("2026-10-26"));
		}

		@Test
		void springFestivalAdjustedSaturdayCountsAndTheHolidayDoesNot_春节调休() {
			assertThat(calendar.addWorkingDays(d("2026-02-13"), 1)).isEqualTo(d("2026-02-14"));
			assertThat(calendar.addWorkingDays(d("2026-02-13"), 2)).isEqualTo(d("2026-02-24"));
			assertThat(calendar.addWorkingDays(d("2025-01-24"), 1)).isEqualTo(d("2025-01-26"));
		}

		@Test
		void anActOnAHolidayStartsCountingAfterIt() {
			assertThat(calendar.addWorkingDays(d("2026-10-01"), 1)).isEqualTo(d("2026-10-08"));
		}

		@Test
		void deadlinesRunAcrossTheTurnOfTheYear() {
			assertThat(calendar.addWorkingDays(d("2025-12-15"), 20)).isEqualTo(d("2026-01-13"));
		}

		@Test
		void countingBetweenIsTheInverseOfAdding() {
			for (LocalDate start = d("2025-01-01"); start.isBefore(d("2026-11-01")); start = start.plusDays(1)) {
				for (int n = 0; n <= 30; n++) {
					LocalDate deadline = calendar.addWorkingDays(start, n);
					assertThat(calendar.workingDaysBetween(start, deadline)).as(start + " + " + n).isEqualTo(n);
					if (n > 0) {
						assertThat(calendar.isWorkingDay(deadline)).as(start + " + " + n).isTrue();
					}
				}
			}
		}

		@Test
		void countingBetweenExcludesTheStartAndIncludesTheEnd() {
			assertThat(calendar.workingDaysBetween(d("2026-03-02"), d("2026-03-06"))).isEqualTo(4);
			assertThat(calendar.workingDaysBetween(d("2026-03-06"), d("2026-03-02"))).isZero();
		}

		@Test
		void aNegativeLimitIsRefused() {
			assertThatThrownBy(() -> calendar.addWorkingDays(d("2026-03-02"), -1))
				.isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Nested
	class MissingYear {

		@Test
		void aDateInAYearNotEnteredIsAnErrorNotAGuess() {
			assertThatThrownBy(() -> calendar.isWorkingDay(d("2027-03-01"))).isInstanceOfSatisfying(CalendarYearMissing.class,
					ex -> {
						assertThat(ex.code()).isEqualTo("platform.calendar.year_missing");
						assertThat(ex.year()).isEqualTo(2027);
						assertThat(ex.arguments()).containsExactly("2027");
					});
		}

		@Test
		void aDeadlineRunningIntoAYearNotEnteredIsAnError() {
			assertThatThrownBy(() -> calendar.addWorkingDays(d("2026-12-24"), 10)).isInstanceOf(CalendarYearMissing.class);
			assertThatThrownBy(() -> calendar.workingDaysBetween(d("2024-12-30"), d("2025-01-03")))
				.isInstanceOf(CalendarYearMissing.class);
		}
	}

	private static Stream<LocalDate> range(String from, String to) {
		return d(from).datesUntil(d(to).plusDays(1));
	}
}
