package org.zhengtong.services.internal;

/** 办件状态 — where an application stands (message key {@code services.status.<name>}). */
public enum ApplicationStatus {

	/** 预审: submitted, waiting for the acceptance decision. */
	PRE_REVIEW,
	/** 补正: the applicant was told what is missing; the acceptance clock is stopped. */
	CORRECTION,
	/** 审查: accepted, under review. */
	REVIEW,
	/** 决定: reviewed, waiting for the department head's decision. */
	DECISION,
	/** 不予受理: ended with a written reason. */
	NOT_ACCEPTED,
	/** 办结: decided (准予 or 不予) and closed. */
	COMPLETED;

	public boolean isOpen() {
		return this != NOT_ACCEPTED && this != COMPLETED;
	}

	public String messageKey() {
		return "services.status." + name();
	}
}
