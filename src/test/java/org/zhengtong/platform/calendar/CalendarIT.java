package org.zhengtong.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengtong.DatabaseIntegrationTest;
import org.zhengtong.platform.PlatformTestConfiguration;
import org.zhengtong.platform.PlatformTestConfiguration.AuditRows;

@SpringBootTest
@AutoConfigureMockMvc
@Import(PlatformTestConfiguration.class)
class CalendarIT extends DatabaseIntegrationTest {

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	JdbcCalendarYears years;

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditRows audit;

	static RequestPostProcessor admin() {
		return user("sysadmin").authorities(() -> "platform.calendar.manage", () -> "workbench.use");
	}

	/** A year nobody has entered yet: the PostgreSQL test database is shared by runs. */
	int freshYear() {
		List<Integer> defined = years.definedYears();
		int year;
		do {
			year = ThreadLocalRandom.current().nextInt(2030, 2101);
		}
		while (defined.contains(year));
		return year;
	}

	static LocalDate firstWeekdayOfOctober(int year) {
		LocalDate day = LocalDate.of(year, 10, 1);
		while (CalendarYear.isWeekend(day)) {
			day = day.plusDays(1);
		}
		return day;
	}

	@Nested
	class ShippedYears {

		@Test
		void adjustedWeekendsOf2026AreWorkingDaysInTheDatabase_调休上班() {
			for (String date : List.of("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10")) {
				assertThat(calendar.isWorkingDay(LocalDate.parse(date))).as(date).isTrue();
			}
		}

		@Test
		void nationalDayHolidayOf2026PushesDeadlineToOctober_国办发明电2025() {
			assertThat(calendar.addWorkingDays(LocalDate.parse("2026-09-24"), 5)).isEqualTo(LocalDate.parse("2026-10-09"));
		}

		@Test
		void shippedDataMatchesTheNotices() {
			assertThat(calendar.year(2026).specialDays()).hasSize(ShippedCalendar.years().get(2026).specialDays().size())
				.isEqualTo(ShippedCalendar.years().get(2026).specialDays());
			assertThat(calendar.year(2025).specialDays()).isEqualTo(ShippedCalendar.years().get(2025).specialDays());
			assertThat(calendar.year(2025).basis()).contains("国办发明电〔2024〕12号");
		}

		@Test
		void aYearNotEnteredIsACodedError() {
			assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2101, 3, 2)))
				.isInstanceOfSatisfying(CalendarYearMissing.class, ex -> assertThat(ex.code()).isEqualTo("platform.calendar.year_missing"));
		}
	}

	@Nested
	class AdministratorPage {

		@Test
		void showsTheYearAsTwelveMonthsWithHolidaysAndAdjustedDays() throws Exception {
			mvc.perform(get("/workbench/calendar").param("year", "2026").with(admin()))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("2026年工作日历")))
				.andExpect(content().string(Matchers.containsString("class=\"day-holiday\"")))
				.andExpect(content().string(Matchers.containsString("class=\"day-workday\"")))
				.andExpect(content().string(Matchers.containsString("12月")))
				.andExpect(content().string(Matchers.containsString("2026年10月10日")))
				.andExpect(content().string(Matchers.containsString("国庆节调休上班")));
		}

		@Test
		void aYearNotEnteredIsShownAsSuch() throws Exception {
			mvc.perform(get("/workbench/calendar").param("year", "2101").with(admin()))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("2101年的工作日历尚未设置")));
		}

		@Test
		void staffWithoutThePermissionAreRefused() throws Exception {
			RequestPostProcessor clerk = user("clerk").authorities(() -> "workbench.use");
			mvc.perform(get("/workbench/calendar").with(clerk)).andExpect(status().isForbidden());
			mvc.perform(post("/workbench/calendar/years").param("year", "2099").param("basis", "x").with(clerk).with(csrf()))
				.andExpect(status().isForbidden());
			mvc.perform(post("/workbench/calendar/days").param("date", "2026-10-12").param("kind", "HOLIDAY")
				.param("name", "x")
				.with(clerk)
				.with(csrf())).andExpect(status().isForbidden());
			assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-12"))).isTrue();
		}

		@Test
		void postsWithoutTheCsrfTokenAreRefused() throws Exception {
			mvc.perform(post("/workbench/calendar/years").param("year", "2098").param("basis", "x").with(admin()))
				.andExpect(status().isForbidden());
		}

		@Test
		void theAdministratorDefinesAYearAddsAHolidayAndRemovesIt() throws Exception {
			int year = freshYear();
			LocalDate day = firstWeekdayOfOctober(year);
			assertThat(calendar.isDefined(year)).isFalse();

			mvc.perform(post("/workbench/calendar/years").param("year", String.valueOf(year))
				.param("basis", "国务院办公厅关于" + year + "年部分节假日安排的通知")
				.param("shownYear", "2026")
				.with(admin())
				.with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/workbench/calendar?year=" + year))
				.andExpect(flash().attribute("flash", "platform.calendar.flash.year_created"));
			assertThat(audit.recorded("platform.calendar.year.create", String.valueOf(year))).hasSize(1);
			// Loaded (and cached) before the edit: the edit must evict it.
			assertThat(calendar.isWorkingDay(day)).isTrue();

			mvc.perform(post("/workbench/calendar/days").param("date", day.toString())
				.param("kind", "HOLIDAY")
				.param("name", "国庆节")
				.with(admin())
				.with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/workbench/calendar?year=" + year))
				.andExpect(flash().attribute("flash", "platform.calendar.flash.day_set"));
			assertThat(calendar.isWorkingDay(day)).isFalse();
			assertThat(audit.recorded("platform.calendar.day.set", day.toString())).hasSize(1);

			mvc.perform(post("/workbench/calendar/days/" + day + "/remove").with(admin()).with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andExpect(flash().attribute("flash", "platform.calendar.flash.day_removed"));
			assertThat(calendar.isWorkingDay(day)).isTrue();
			assertThat(audit.recorded("platform.calendar.day.remove", day.toString())).hasSize(1);

			mvc.perform(post("/workbench/calendar/days/" + day + "/remove").with(admin()).with(csrf()))
				.andExpect(status().isNotFound());
		}

		@Test
		void anAdjustedWorkingDayOnAWeekendCountsAfterItIsEntered() throws Exception {
			int year = freshYear();
			years.insertYear(year, "test", "test");
			LocalDate saturday = LocalDate.of(year, 9, 1).with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
			assertThat(calendar.isWorkingDay(saturday)).isFalse();
			mvc.perform(post("/workbench/calendar/days").param("date", saturday.toString())
				.param("kind", "WORKDAY")
				.param("name", "国庆节调休上班")
				.with(admin())
				.with(csrf())).andExpect(status().is3xxRedirection());
			assertThat(calendar.isWorkingDay(saturday)).isTrue();
		}

		@Test
		void anEmptyFormIsShownAgainWithChineseErrors() throws Exception {
			mvc.perform(post("/workbench/calendar/days").param("date", "").param("kind", "HOLIDAY").param("name", " ")
				.param("shownYear", "2026")
				.with(admin())
				.with(csrf()))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrors("dayForm", "date", "name"))
				.andExpect(content().string(Matchers.containsString("提交的内容有误")))
				.andExpect(content().string(Matchers.containsString("href=\"#date\"")))
				.andExpect(content().string(Matchers.containsString("请输入日期")))
				.andExpect(content().string(Matchers.containsString("请输入名称")));
		}

		@Test
		void badInputKeepsWhatWasTypedAndSaysWhatIsWrong() throws Exception {
			mvc.perform(post("/workbench/calendar/days").param("date", "2026-02-30").param("kind", "HOLIDAY")
				.param("name", "春节")
				.param("shownYear", "2026")
				.with(admin())
				.with(csrf()))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("dayForm", "date", "typeMismatch"))
				.andExpect(content().string(Matchers.containsString("请输入有效的日期")))
				.andExpect(content().string(Matchers.containsString("value=\"春节\"")));
		}

		@Test
		void aDayInAYearNotEnteredIsAFieldError() throws Exception {
			mvc.perform(post("/workbench/calendar/days").param("date", "2101-10-01").param("kind", "HOLIDAY")
				.param("name", "国庆节")
				.with(admin())
				.with(csrf()))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("dayForm", "date", "platform.calendar.form.date.year_missing"))
				.andExpect(content().string(Matchers.containsString("2101年尚未设置")));
		}

		@Test
		void anAdjustedWorkingDayMustBeAWeekendDay() throws Exception {
			mvc.perform(post("/workbench/calendar/days").param("date", "2026-10-12").param("kind", "WORKDAY")
				.param("name", "调休")
				.with(admin())
				.with(csrf()))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("dayForm", "kind", "platform.calendar.workday_on_weekday"))
				.andExpect(content().string(Matchers.containsString("只能设在星期六或星期日")));
		}

		@Test
		void aYearCannotBeEnteredTwice() throws Exception {
			mvc.perform(post("/workbench/calendar/years").param("year", "2026").param("basis", "重复")
				.with(admin())
				.with(csrf()))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("yearForm", "year", "platform.calendar.year_exists"))
				.andExpect(content().string(Matchers.containsString("2026年的工作日历已存在")));
		}

		@Test
		void theYearMustBePlausible() throws Exception {
			mvc.perform(post("/workbench/calendar/years").param("year", "1999").param("basis", "")
				.with(admin())
				.with(csrf()))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrors("yearForm", "year", "basis"))
				.andExpect(content().string(Matchers.containsString("年度不能早于2000年")))
				.andExpect(content().string(Matchers.containsString("请输入发文依据")));
		}
	}

	static RequestPostProcessor anonymous() {
		return SecurityMockMvcRequestPostProcessors.anonymous();
	}
}
