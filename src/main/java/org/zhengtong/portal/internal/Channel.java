package org.zhengtong.portal.internal;

/** 栏目 — a node of a site’s channel tree with its type and expected update period in days. */
public record Channel(long id, String siteCode, String code, String parentCode, String name, ChannelType type,
		int updateDays) {
}
