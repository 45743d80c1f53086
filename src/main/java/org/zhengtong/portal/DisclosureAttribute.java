package org.zhengtong.portal;

/** 公开属性 (《政府信息公开条例》): 不予公开 content never reaches a public path. */
public enum DisclosureAttribute {
	PROACTIVE("主动公开"), ON_REQUEST("依申请公开"), NOT_DISCLOSED("不予公开");

	private final String label;

	DisclosureAttribute(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
