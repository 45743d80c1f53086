package org.zhengtong.platform.calendar;

/** What an entry of the calendar makes of a day: a public holiday, or a weekend day worked in exchange (调休上班). */
public enum DayKind {

	/** 法定节假日 (and the days joined to it): no working day, even on a weekday. */
	HOLIDAY,

	/** 调休上班日: a Saturday or Sunday that is a working day. */
	WORKDAY

}
