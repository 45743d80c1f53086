package org.zhengtong.portal.internal;

/**
 * 网站 — one site of the group with the footer facts every published page must carry:
 * 网站标识码, host organisation, ICP and 公安 filing numbers, contact.
 */
public record Site(String code, String name, String domain, String idCode, String hostOrg, String icpNumber,
		String psbNumber, String contact, String language, String parentCode) {

	public boolean english() {
		return language.startsWith("en");
	}
}
