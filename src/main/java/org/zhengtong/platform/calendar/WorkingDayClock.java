package org.zhengtong.platform.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 办理时限计时 — a time limit in working days that can stop and restart, e.g. while the
 * applicant corrects materials (补正), during a hearing (听证) or expert review (专家评审), which
 * 行政许可法第四十五条 excludes from the limit. An immutable value: store start, limit and
 * pauses in your own table and rebuild it.
 *
 * <p>Counted days are the working days after {@code start} (the day of the act does not count,
 * see {@link WorkingDayCalendar}) that lie in no pause. A pause {@code [from, to)} stops the
 * clock from the beginning of {@code from} until the beginning of {@code to}: working days
 * from {@code from} up to the day before {@code to} do not count, {@code to} counts again. A
 * pause with no {@code to} is still running: the clock is stopped and there is no deadline
 * yet. The deadline is the {@code limit}-th counted day, so it shifts by the working days
 * paused before it.
 *
 * @param start day of the act that starts the clock (受理日); it does not count
 * @param limit time limit in working days (法定或承诺时限)
 * @param pauses stops of the clock, in order, not overlapping; only the last may be open
 */
public record WorkingDayClock(LocalDate start, int limit, List<Pause> pauses) {

	public WorkingDayClock {
		Objects.requireNonNull(start, "start");
		if (limit < 0) {
			throw new IllegalArgumentException("A time limit cannot be negative: " + limit);
		}
		pauses = List.copyOf(pauses);
		LocalDate earliest = start;
		for (int i = 0; i < pauses.size(); i++) {
			Pause pause = pauses.get(i);
			if (pause.from().isBefore(earliest)) {
				throw new IllegalArgumentException("Pause " + pause + " starts before " + earliest);
			}
			if (pause.isOpen() && i < pauses.size() - 1) {
				throw new IllegalArgumentException("Only the last pause may still be running");
			}
			earliest = pause.isOpen() ? pause.from() : pause.to();
		}
	}

	/** A running clock without pauses. */
	public static WorkingDayClock start(LocalDate start, int limit) {
		return new WorkingDayClock(start, limit, List.of());
	}

	/** Stops the clock from the beginning of {@code from}. */
	public WorkingDayClock pause(LocalDate from) {
		if (isPaused()) {
			throw new IllegalStateException("The clock is already paused since " + pauses.get(pauses.size() - 1).from());
		}
		List<Pause> next = new ArrayList<>(pauses);
		next.add(new Pause(from, null));
		return new WorkingDayClock(start, limit, next);
	}

	/** Restarts a stopped clock; {@code on} counts again. */
	public WorkingDayClock resume(LocalDate on) {
		if (!isPaused()) {
			throw new IllegalStateException("The clock is not paused");
		}
		List<Pause> next = new ArrayList<>(pauses);
		Pause open = next.remove(next.size() - 1);
		next.add(new Pause(open.from(), on));
		return new WorkingDayClock(start, limit, next);
	}

	public boolean isPaused() {
		return !pauses.isEmpty() && pauses.get(pauses.size() - 1).isOpen();
	}

	/** The last day to act, or empty while the clock is stopped (the deadline is not known yet). */
	public Optional<LocalDate> deadline(WorkingDayCalendar calendar) {
		if (limit == 0) {
			return Optional.of(start);
		}
		int counted = 0;
		LocalDate day = start;
		while (true) {
			day = day.plusDays(1);
			Pause pause = pauseCovering(day);
			if (pause != null) {
				if (pause.isOpen()) {
					return Optional.empty();
				}
				continue;
			}
			if (calendar.isWorkingDay(day) && ++counted == limit) {
				return Optional.of(day);
			}
		}
	}

	/** Counted working days in {@code (start, asOf]}. */
	public int usedWorkingDays(WorkingDayCalendar calendar, LocalDate asOf) {
		int counted = 0;
		for (LocalDate day = start.plusDays(1); !day.isAfter(asOf); day = day.plusDays(1)) {
			// Paused days are skipped before asking the calendar: a long pause needs no calendar.
			if (pauseCovering(day) == null && calendar.isWorkingDay(day)) {
				counted++;
			}
		}
		return counted;
	}

	/** Working days left on {@code asOf} (0 on the deadline day itself); negative when overdue. */
	public int remainingWorkingDays(WorkingDayCalendar calendar, LocalDate asOf) {
		return limit - usedWorkingDays(calendar, asOf);
	}

	/** True once the deadline day has passed (a stopped clock is never overdue). */
	public boolean isOverdue(WorkingDayCalendar calendar, LocalDate asOf) {
		return deadline(calendar).map(asOf::isAfter).orElse(false);
	}

	/** Working days of the pauses (up to {@code asOf} for a pause still running) that did not count. */
	public int pausedWorkingDays(WorkingDayCalendar calendar, LocalDate asOf) {
		int paused = 0;
		for (Pause pause : pauses) {
			LocalDate last = pause.isOpen() ? asOf : pause.to().minusDays(1);
			LocalDate first = pause.from().isAfter(start) ? pause.from() : start.plusDays(1);
			for (LocalDate day = first; !day.isAfter(last) && !day.isAfter(asOf); day = day.plusDays(1)) {
				if (calendar.isWorkingDay(day)) {
					paused++;
				}
			}
		}
		return paused;
	}

	private Pause pauseCovering(LocalDate day) {
		for (Pause pause : pauses) {
			if (pause.covers(day)) {
				return pause;
			}
		}
		return null;
	}

	/**
	 * 暂停 — the clock is stopped on days in {@code [from, to)}; {@code to == null} while it has
	 * not restarted.
	 */
	public record Pause(LocalDate from, LocalDate to) {

		public Pause {
			Objects.requireNonNull(from, "from");
			if (to != null && to.isBefore(from)) {
				throw new IllegalArgumentException("A pause cannot end (" + to + ") before it starts (" + from + ")");
			}
		}

		public boolean isOpen() {
			return to == null;
		}

		public boolean covers(LocalDate day) {
			return !day.isBefore(from) && (to == null || day.isBefore(to));
		}
	}
}
