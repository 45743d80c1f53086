package org.zhengtong.platform.calendar;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The calendar's years in {@code plt_calendar_year} / {@code plt_calendar_day}, each year cached
 * in memory once read: deadlines are computed on every page of every application. An edit
 * evicts its year at once and again when its transaction ends, so a reader that loaded the old
 * rows meanwhile cannot keep them. (Each node of a cluster has its own cache: an edit shows on
 * other nodes after their restart; calendars change a few times a year.)
 */
@Repository
class JdbcCalendarYears implements CalendarYears {

	private final JdbcClient jdbc;

	private final Map<Integer, CalendarYear> cache = new ConcurrentHashMap<>();

	JdbcCalendarYears(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<CalendarYear> find(int year) {
		CalendarYear cached = cache.get(year);
		if (cached != null) {
			return Optional.of(cached);
		}
		Optional<CalendarYear> loaded = load(year);
		// A missing year is not cached: it may be entered at any moment.
		loaded.ifPresent(found -> cache.put(year, found));
		return loaded;
	}

	private Optional<CalendarYear> load(int year) {
		Optional<String> basis = jdbc.sql("SELECT basis FROM plt_calendar_year WHERE cal_year = ?")
			.param(year)
			.query(String.class)
			.optional();
		if (basis.isEmpty()) {
			return Optional.empty();
		}
		List<CalendarDay> days = jdbc.sql("SELECT cal_day, kind, name FROM plt_calendar_day WHERE cal_year = ? ORDER BY cal_day")
			.param(year)
			.query((rs, row) -> new CalendarDay(rs.getDate("cal_day").toLocalDate(), DayKind.valueOf(rs.getString("kind")),
					rs.getString("name")))
			.list();
		return Optional.of(CalendarYear.of(year, basis.get(), days));
	}

	/** Years entered, newest first. */
	List<Integer> definedYears() {
		return jdbc.sql("SELECT cal_year FROM plt_calendar_year ORDER BY cal_year DESC").query(Integer.class).list();
	}

	boolean exists(int year) {
		return jdbc.sql("SELECT COUNT(*) FROM plt_calendar_year WHERE cal_year = ?").param(year).query(Integer.class).single() > 0;
	}

	void insertYear(int year, String basis, String by) {
		jdbc.sql("INSERT INTO plt_calendar_year (cal_year, basis, updated_at, updated_by) VALUES (?, ?, ?, ?)")
			.params(year, basis, now(), by)
			.update();
		evict(year);
	}

	/** Inserts or replaces the entry of the day; its year must exist. */
	void saveDay(CalendarDay day, String by) {
		int year = day.date().getYear();
		int changed = jdbc.sql("UPDATE plt_calendar_day SET kind = ?, name = ? WHERE cal_day = ?")
			.params(day.kind().name(), day.name(), Date.valueOf(day.date()))
			.update();
		if (changed == 0) {
			jdbc.sql("INSERT INTO plt_calendar_day (cal_day, cal_year, kind, name) VALUES (?, ?, ?, ?)")
				.params(Date.valueOf(day.date()), year, day.kind().name(), day.name())
				.update();
		}
		touch(year, by);
	}

	boolean deleteDay(LocalDate date, String by) {
		int deleted = jdbc.sql("DELETE FROM plt_calendar_day WHERE cal_day = ?").param(Date.valueOf(date)).update();
		if (deleted > 0) {
			touch(date.getYear(), by);
		}
		return deleted > 0;
	}

	private void touch(int year, String by) {
		jdbc.sql("UPDATE plt_calendar_year SET updated_at = ?, updated_by = ? WHERE cal_year = ?")
			.params(now(), by, year)
			.update();
		evict(year);
	}

	private void evict(int year) {
		cache.remove(year);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					cache.remove(year);
				}
			});
		}
	}

	private static OffsetDateTime now() {
		return Instant.now().atOffset(ZoneOffset.UTC);
	}
}
