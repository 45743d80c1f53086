package org.zhengtong.platform.calendar;

import java.time.LocalDate;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.audit.AuditRecord;
import org.zhengtong.platform.audit.AuditTrail;
import org.zhengtong.platform.web.CodedException;

/**
 * 工作日历维护 — the system administrator enters a year and its holidays and adjusted working
 * days. Each change is audited in the same transaction.
 */
@Service
@PreAuthorize("hasAuthority('" + CalendarAdministration.AUTHORITY + "')")
class CalendarAdministration {

	static final String AUTHORITY = "platform.calendar.manage";

	static final String YEAR_EXISTS = "platform.calendar.year_exists";

	static final String DAY_NOT_FOUND = "platform.calendar.day_not_found";

	static final String WORKDAY_ON_WEEKDAY = "platform.calendar.workday_on_weekday";

	private final JdbcCalendarYears years;

	private final AuditTrail audit;

	CalendarAdministration(JdbcCalendarYears years, AuditTrail audit) {
		this.years = years;
		this.audit = audit;
	}

	@Transactional
	void defineYear(int year, String basis) {
		if (years.exists(year)) {
			throw CodedException.conflict(YEAR_EXISTS, String.valueOf(year));
		}
		years.insertYear(year, basis, currentUser());
		audit.record(AuditRecord.success("platform.calendar.year.create", "calendar_year", year).withDetail(basis));
	}

	/** Sets (adds or replaces) the entry of one day. */
	@Transactional
	void setDay(CalendarDay day) {
		int year = day.date().getYear();
		if (!years.exists(year)) {
			throw new CalendarYearMissing(year);
		}
		// A working Monday is no adjustment; only weekends can be worked in exchange (调休).
		if (day.kind() == DayKind.WORKDAY && !CalendarYear.isWeekend(day.date())) {
			throw CodedException.unprocessable(WORKDAY_ON_WEEKDAY);
		}
		years.saveDay(day, currentUser());
		audit.record(AuditRecord.success("platform.calendar.day.set", "calendar_day", day.date())
			.withDetail(day.kind() + " " + day.name()));
	}

	@Transactional
	void removeDay(LocalDate date) {
		if (!years.deleteDay(date, currentUser())) {
			throw CodedException.notFound(DAY_NOT_FOUND, date.toString());
		}
		audit.record(AuditRecord.success("platform.calendar.day.remove", "calendar_day", date));
	}

	private static String currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? "system" : authentication.getName();
	}
}
