package org.zhengtong.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.zhengtong.DatabaseIntegrationTest;
import org.zhengtong.identity.OrgId;
import org.zhengtong.platform.calendar.WorkingDayClock;
import org.zhengtong.services.internal.ServiceItem;
import org.zhengtong.services.internal.TimeLimits;

/** The legal time limits of a licensing application, on the shipped 2026 calendar (with 调休 days). */
@SpringBootTest
class ServiceTimeLimitsIT extends DatabaseIntegrationTest {

	@Autowired
	TimeLimits limits;

	LocalDate acceptanceDeadline(LocalDate submitted, List<WorkingDayClock.Pause> pauses) {
		return limits.acceptanceClock(submitted, pauses).deadline(limits.calendar()).orElse(null);
	}

	@Test
	void acceptanceIsDueFiveWorkingDaysAfterSubmission_行政许可法第32条() {
		// Submitted on Friday 20 November: the weekend does not count, Monday is day 1.
		assertThat(acceptanceDeadline(LocalDate.of(2026, 11, 20), List.of())).isEqualTo(LocalDate.of(2026, 11, 27));
	}

	@Test
	void acceptanceOverNationalDayCountsTheAdjustedSaturdayAsAWorkingDay_行政许可法第32条_2026调休() {
		// 30 Sep (1), 1–7 Oct holiday, 8 Oct (2), 9 Oct (3), Saturday 10 Oct is a 调休 working day (4), 12 Oct (5).
		assertThat(acceptanceDeadline(LocalDate.of(2026, 9, 29), List.of())).isEqualTo(LocalDate.of(2026, 10, 12));
	}

	@Test
	void correctionPausesTheClock_行政许可法第32条() {
		LocalDate submitted = LocalDate.of(2026, 11, 2);
		// Notice on Wednesday 4 Nov (2 days used); the clock stops from the 5th.
		WorkingDayClock paused = limits.acceptanceClock(submitted, List.of()).pause(LocalDate.of(2026, 11, 5));
		assertThat(paused.deadline(limits.calendar())).as("no deadline while the applicant corrects").isEmpty();
		assertThat(paused.usedWorkingDays(limits.calendar(), LocalDate.of(2026, 11, 9))).isEqualTo(2);
		// Materials arrive on Tuesday 10 Nov; counting resumes on the 11th: 11, 12, 13 Nov are days 3–5.
		WorkingDayClock resumed = paused.resume(LocalDate.of(2026, 11, 11));
		assertThat(resumed.deadline(limits.calendar())).contains(LocalDate.of(2026, 11, 13));
	}

	@Test
	void decisionIsDueTwentyWorkingDaysAfterAcceptance_行政许可法第42条() {
		assertThat(limits.decisionClock(LocalDate.of(2026, 11, 2), TimeLimits.DECISION_DAYS, List.of())
			.deadline(limits.calendar())).contains(LocalDate.of(2026, 11, 30));
	}

	@Test
	void decisionOverMidAutumnAndNationalDay2026_行政许可法第42条_2026调休() {
		// Accepted Monday 21 Sep: 25–27 Sep and 1–7 Oct are holidays, Saturday 10 Oct is worked.
		assertThat(limits.decisionClock(LocalDate.of(2026, 9, 21), TimeLimits.DECISION_DAYS, List.of())
			.deadline(limits.calendar())).contains(LocalDate.of(2026, 10, 26));
	}

	@Test
	void aShorterCommittedLimitIsHonouredButNeverALongerOne_承诺时限() {
		assertThat(TimeLimits.decisionLimit(item(20, 5))).isEqualTo(5);
		assertThat(TimeLimits.decisionLimit(item(30, 30))).isEqualTo(20);
		assertThat(TimeLimits.decisionLimit(item(20, 0))).isEqualTo(20);
	}

	static ServiceItem item(int statutory, int committed) {
		return new ServiceItem(0, "测试", "01", "x", "01", new OrgId(1), "", "", statutory, committed, "不收费", null, "证",
				3, "CITIZEN", "t", "p", "h", "c", "s", "services-licensing", List.of());
	}
}
