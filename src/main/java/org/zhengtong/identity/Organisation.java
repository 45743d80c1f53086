package org.zhengtong.identity;

/** An organisation as other modules see it. */
public record Organisation(OrgId id, String name, String shortName, OrgKind kind, OrgId parentId, String creditCode,
		String regionCode) {
}
