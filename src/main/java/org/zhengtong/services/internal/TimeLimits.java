package org.zhengtong.services.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.zhengtong.platform.calendar.WorkingDayCalendar;
import org.zhengtong.platform.calendar.WorkingDayClock;

/**
 * 办理时限 — the legal clocks of a licensing application, in working days of the platform calendar.
 * <ul>
 * <li>受理: 5 working days from the day after submission (行政许可法第三十二条: 五日内一次告知补正, 逾期不告知的自收到
 * 材料之日起即为受理); the clock stops while the applicant corrects materials (补正) and runs again from
 * the day the corrected materials arrive.</li>
 * <li>决定: 20 working days from the day after acceptance (行政许可法第四十二条), or the committed limit
 * (承诺时限) when that is shorter.</li>
 * </ul>
 */
@Component
public class TimeLimits {

	/** 行政许可法第三十二条. */
	public static final int ACCEPTANCE_DAYS = 5;

	/** 行政许可法第四十二条. */
	public static final int DECISION_DAYS = 20;

	private final WorkingDayCalendar calendar;

	TimeLimits(WorkingDayCalendar calendar) {
		this.calendar = calendar;
	}

	public WorkingDayClock acceptanceClock(LocalDate submittedOn, List<WorkingDayClock.Pause> pauses) {
		return new WorkingDayClock(submittedOn, ACCEPTANCE_DAYS, pauses);
	}

	/** The decision limit: the statutory 20 days, or the item's committed limit when shorter. */
	public static int decisionLimit(ServiceItem item) {
		int committed = item.committedLimit();
		return committed > 0 && committed < DECISION_DAYS ? committed : DECISION_DAYS;
	}

	public WorkingDayClock decisionClock(LocalDate acceptedOn, int limit, List<WorkingDayClock.Pause> pauses) {
		return new WorkingDayClock(acceptedOn, limit, pauses);
	}

	public WorkingDayCalendar calendar() {
		return calendar;
	}
}
