package org.zhengtong.portal.internal;

/** Where an article stands: draft, one of the three review levels, approved, published, withdrawn. */
public enum ArticleStatus {
	DRAFT, UNIT_REVIEW, NETWORK_REVIEW, SECRECY_REVIEW, APPROVED, PUBLISHED, WITHDRAWN;

	public boolean editable() {
		return this == DRAFT || this == WITHDRAWN;
	}
}
