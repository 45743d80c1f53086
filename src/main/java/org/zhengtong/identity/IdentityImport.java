package org.zhengtong.identity;

import java.util.List;

/**
 * Bulk loading of regions, organisations and accounts, for the demo county generator and for
 * migrating an existing county's directory. Passwords arrive already hashed with the platform's
 * encoder ({@link #hashPassword}) so thousands of accounts do not each pay a slow hash.
 */
public interface IdentityImport {

	boolean hasRegions();

	void importRegions(List<Region> regions);

	OrgId importOrganisation(String name, String shortName, OrgKind kind, OrgId parent, String creditCode,
			String regionCode);

	String hashPassword(String rawPassword);

	/** A staff member with a primary position, roles (with scopes) and an enrolled second factor. */
	UserId importStaff(String username, String displayName, String passwordHash, OrgId org, String title,
			String totpSecret, List<RoleGrant> grants, boolean demoAccount);

	/** Citizens in one transaction and one audit entry. */
	int importCitizens(List<CitizenRecord> citizens, String passwordHash, boolean demoAccounts);

	/** Enterprises in one transaction and one audit entry. */
	int importEnterprises(List<EnterpriseRecord> enterprises, String passwordHash, boolean demoAccounts);

	record CitizenRecord(String name, String idNumber, String mobile) {
	}

	record EnterpriseRecord(String name, String creditCode, String legalRepName, String mobile) {
	}

	/** A role with the scope it is granted in. */
	record RoleGrant(String roleCode, DataScope scope) {
	}
}
