package org.zhengtong.office.internal;

/** 密级 — a classified document is readable only by the people on its handling list. */
public enum Classification {

	NONE(""), SECRET("秘密"), CONFIDENTIAL("机密"), TOP_SECRET("绝密");

	private final String label;

	Classification(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean classified() {
		return this != NONE;
	}
}
