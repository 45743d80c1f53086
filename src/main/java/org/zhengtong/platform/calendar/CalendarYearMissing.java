package org.zhengtong.platform.calendar;

import org.springframework.http.HttpStatus;
import org.zhengtong.platform.web.CodedException;

/**
 * A date falls in a year whose holidays have not been entered. Time limits are never guessed
 * from weekends alone: the system administrator has to define the year first.
 */
public class CalendarYearMissing extends CodedException {

	private static final long serialVersionUID = 1L;

	public static final String CODE = "platform.calendar.year_missing";

	private final int year;

	public CalendarYearMissing(int year) {
		// The request was fine; the platform's configuration is not, hence a conflict, not a 422.
		super(CODE, HttpStatus.CONFLICT, String.valueOf(year));
		this.year = year;
	}

	public int year() {
		return year;
	}
}
