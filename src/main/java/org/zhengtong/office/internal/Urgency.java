package org.zhengtong.office.internal;

/** 紧急程度 (GB/T 9704 7.2.3). */
public enum Urgency {

	NORMAL(""), URGENT("加急"), EXTRA_URGENT("特急");

	private final String label;

	Urgency(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
