package org.zhengtong.portal.internal;

/**
 * 三级审核: 本单位审核 → 网管审核 → 保密审查, each its own permission, and the status an
 * article has while waiting for it.
 */
public enum ReviewStep {
	UNIT("portal.review.unit", ArticleStatus.UNIT_REVIEW), NETWORK("portal.review.network", ArticleStatus.NETWORK_REVIEW),
	SECRECY("portal.review.secrecy", ArticleStatus.SECRECY_REVIEW);

	private final String permission;

	private final ArticleStatus waiting;

	ReviewStep(String permission, ArticleStatus waiting) {
		this.permission = permission;
		this.waiting = waiting;
	}

	public String permission() {
		return permission;
	}

	public ArticleStatus waiting() {
		return waiting;
	}

	public static ReviewStep waitingIn(ArticleStatus status) {
		for (ReviewStep step : values()) {
			if (step.waiting == status) {
				return step;
			}
		}
		return null;
	}

	/** The status after this step approves. */
	public ArticleStatus next() {
		return switch (this) {
			case UNIT -> ArticleStatus.NETWORK_REVIEW;
			case NETWORK -> ArticleStatus.SECRECY_REVIEW;
			case SECRECY -> ArticleStatus.APPROVED;
		};
	}
}
