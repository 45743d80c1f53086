package org.zhengtong.identity;

/** 行政区划: a region with its GB/T 2260-style code and the code of the region it belongs to. */
public record Region(String code, String name, RegionLevel level, String parentCode) {

	public Region {
		if (RegionLevel.ofCode(code) != level) {
			throw new IllegalArgumentException("Region code " + code + " does not fit level " + level);
		}
		if (parentCode != null && !code.startsWith(parentCode)) {
			throw new IllegalArgumentException("Region " + code + " is not under " + parentCode);
		}
	}
}
