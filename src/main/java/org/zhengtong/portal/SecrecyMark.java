package org.zhengtong.portal;

/** 密级 — only 非密 content may ever reach a public path ("涉密信息不上网"). */
public enum SecrecyMark {
	NONE("非密"), SECRET("秘密"), CONFIDENTIAL("机密"), TOP_SECRET("绝密");

	private final String label;

	SecrecyMark(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean isClassified() {
		return this != NONE;
	}
}
