package org.zhengtong.platform.calendar;

import java.util.Optional;

/** Where the calendar's years come from: the database in the application, a map in unit tests. */
@FunctionalInterface
interface CalendarYears {

	Optional<CalendarYear> find(int year);
}
