package org.zhengtong.portal.internal;

/** 栏目类型, with the ColumnType label used in the government page meta tags. */
public enum ChannelType {
	NEWS("要闻动态"), NOTICE("通知公告"), POLICY("政策文件"), INTERPRETATION("政策解读"), PERSONNEL("人事"),
	PLANNING("规划计划"), SINGLE_PAGE("单页"), LINK("链接"), DISCLOSURE("信息公开目录"), INTERACTION("互动交流"),
	SERVICE_GUIDE("办事指南");

	private final String label;

	ChannelType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
