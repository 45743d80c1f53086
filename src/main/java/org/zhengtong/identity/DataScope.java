package org.zhengtong.identity;

/**
 * How far a granted role reaches (数据范围): the holder's own organisation, an organisation with
 * everything below it, a region with everything below it, or the whole deployment.
 */
public record DataScope(Kind kind, OrgId org, String regionCode) {

	public enum Kind {

		OWN_ORG, ORG_TREE, REGION, ALL

	}

	public static DataScope ownOrganisation() {
		return new DataScope(Kind.OWN_ORG, null, null);
	}

	public static DataScope organisationTree(OrgId org) {
		return new DataScope(Kind.ORG_TREE, org, null);
	}

	public static DataScope region(String regionCode) {
		return new DataScope(Kind.REGION, null, regionCode);
	}

	public static DataScope all() {
		return new DataScope(Kind.ALL, null, null);
	}
}
