package org.zhengtong.identity;

/** 县, 乡镇/街道, 村/社区 — 6, 9 and 12-digit codes. */
public enum RegionLevel {

	COUNTY(6), TOWNSHIP(9), VILLAGE(12);

	private final int codeLength;

	RegionLevel(int codeLength) {
		this.codeLength = codeLength;
	}

	public int codeLength() {
		return codeLength;
	}

	public static RegionLevel ofCode(String code) {
		for (RegionLevel level : values()) {
			if (code != null && code.length() == level.codeLength && code.chars().allMatch(Character::isDigit)) {
				return level;
			}
		}
		throw new IllegalArgumentException("Not a 6, 9 or 12-digit region code: " + code);
	}
}
