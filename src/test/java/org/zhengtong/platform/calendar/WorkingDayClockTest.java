package org.zhengtong.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class WorkingDayClockTest {

	private final WorkingDayCalendar calendar = ShippedCalendar.calendar();

	private static LocalDate d(String iso) {
		return LocalDate.parse(iso);
	}

	@Test
	void withoutPausesTheDeadlineIsTheLimitThWorkingDay() {
		WorkingDayClock clock = WorkingDayClock.start(d("2026-03-02"), 20);
		assertThat(clock.deadline(calendar)).contains(d("2026-03-30"));
		assertThat(clock.usedWorkingDays(calendar, d("2026-03-02"))).isZero();
		assertThat(clock.usedWorkingDays(calendar, d("2026-03-06"))).isEqualTo(4);
		assertThat(clock.remainingWorkingDays(calendar, d("2026-03-30"))).isZero();
		assertThat(clock.isOverdue(calendar, d("2026-03-30"))).isFalse();
		assertThat(clock.isOverdue(calendar, d("2026-03-31"))).isTrue();
		assertThat(clock.remainingWorkingDays(calendar, d("2026-03-31"))).isEqualTo(-1);
	}

	@Test
	void timeForCorrectionsDoesNotCountAndShiftsTheDeadline_行政许可法第45条() {
		// 补正 notice on Tuesday 10 March, materials in on Tuesday 17 March: 10–16 March stopped,
		// which are five working days (10, 11, 12, 13, 16).
		WorkingDayClock clock = WorkingDayClock.start(d("2026-03-02"), 20).pause(d("2026-03-10")).resume(d("2026-03-17"));
		assertThat(clock.pausedWorkingDays(calendar, d("2026-04-30"))).isEqualTo(5);
		assertThat(clock.deadline(calendar)).contains(calendar.addWorkingDays(d("2026-03-02"), 25)).contains(d("2026-04-07"));
		assertThat(clock.usedWorkingDays(calendar, d("2026-03-16"))).isEqualTo(5);
		assertThat(clock.usedWorkingDays(calendar, d("2026-03-17"))).as("the restart day counts").isEqualTo(6);
	}

	@Test
	void aRunningPauseStopsTheClockAndLeavesNoDeadline() {
		WorkingDayClock clock = WorkingDayClock.start(d("2026-03-02"), 20).pause(d("2026-03-05"));
		assertThat(clock.isPaused()).isTrue();
		assertThat(clock.deadline(calendar)).isEmpty();
		assertThat(clock.usedWorkingDays(calendar, d("2026-03-04"))).isEqualTo(2);
		assertThat(clock.usedWorkingDays(calendar, d("2026-06-30"))).isEqualTo(2);
		assertThat(clock.remainingWorkingDays(calendar, d("2026-06-30"))).isEqualTo(18);
		assertThat(clock.isOverdue(calendar, d("2026-12-31"))).isFalse();
	}

	@Test
	void holidaysInsideAPauseAreNotCountedTwice() {
		// Stopped over the National Day holiday: only the working days of the pause shift the deadline.
		WorkingDayClock clock = WorkingDayClock.start(d("2026-09-21"), 20).pause(d("2026-09-28")).resume(d("2026-10-12"));
		// Paused working days: 28, 29, 30 September, 8, 9, 10 (调休 Saturday) October.
		assertThat(clock.pausedWorkingDays(calendar, d("2026-12-31"))).isEqualTo(6);
		assertThat(clock.deadline(calendar)).contains(calendar.addWorkingDays(d("2026-09-21"), 26));
	}

	@Test
	void aPauseThatRunsIntoAYearNotEnteredNeedsNoCalendarForThatYear() {
		WorkingDayClock clock = WorkingDayClock.start(d("2026-12-01"), 10).pause(d("2026-12-03"));
		// Tuesday 1 December accepted, Wednesday 2 December counted, stopped from Thursday 3 December.
		assertThat(clock.usedWorkingDays(calendar, d("2027-02-01"))).isEqualTo(1);
	}

	@Test
	void aDeadlineInAYearNotEnteredIsAnError() {
		WorkingDayClock clock = WorkingDayClock.start(d("2026-12-01"), 40);
		assertThatThrownBy(() -> clock.deadline(calendar)).isInstanceOf(CalendarYearMissing.class);
	}

	@Test
	void pausesMustBeInOrderAndOnlyTheLastMayRun() {
		assertThatThrownBy(() -> new WorkingDayClock(d("2026-03-02"), 20,
				List.of(new WorkingDayClock.Pause(d("2026-03-10"), d("2026-03-12")),
						new WorkingDayClock.Pause(d("2026-03-11"), d("2026-03-13")))))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new WorkingDayClock(d("2026-03-02"), 20,
				List.of(new WorkingDayClock.Pause(d("2026-03-10"), null), new WorkingDayClock.Pause(d("2026-03-11"), null))))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> WorkingDayClock.start(d("2026-03-02"), 20).pause(d("2026-03-01")))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> WorkingDayClock.start(d("2026-03-02"), 20).resume(d("2026-03-03")))
			.isInstanceOf(IllegalStateException.class);
	}
}
