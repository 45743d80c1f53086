package org.zhengtong.identity.internal;

import java.util.List;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.identity.IdentityImport;
import org.zhengtong.identity.OrgId;
import org.zhengtong.identity.OrgKind;
import org.zhengtong.identity.Region;
import org.zhengtong.identity.UserId;
import org.zhengtong.platform.audit.AuditRecord;
import org.zhengtong.platform.audit.AuditTrail;

/**
 * Bulk loading, used by the demo generator (and for migrating a directory). Runs as the system
 * with the same integrity rules as the pages (三员 exclusivity on grants), and records one
 * audit entry per import call rather than thousands.
 */
@Service
class IdentityImportService implements IdentityImport {

	private final Organisations organisations;

	private final OrganisationService organisationService;

	private final AccountService accountService;

	private final RoleService roleService;

	private final SecondFactorService secondFactor;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	IdentityImportService(Organisations organisations, OrganisationService organisationService,
			AccountService accountService, RoleService roleService, SecondFactorService secondFactor,
			PasswordEncoder passwords, AuditTrail audit) {
		this.organisations = organisations;
		this.organisationService = organisationService;
		this.accountService = accountService;
		this.roleService = roleService;
		this.secondFactor = secondFactor;
		this.passwords = passwords;
		this.audit = audit;
	}

	@Override
	public boolean hasRegions() {
		return organisations.regionCount() > 0;
	}

	@Override
	@Transactional
	public void importRegions(List<Region> regions) {
		organisations.insertRegions(regions);
		audit.record(AuditRecord.success("identity.region.import", "region", null).withDetail(regions.size() + " regions"));
	}

	@Override
	@Transactional
	public OrgId importOrganisation(String name, String shortName, OrgKind kind, OrgId parent, String creditCode,
			String regionCode) {
		OrgId id = organisationService.insert(name, shortName, kind, parent, creditCode, regionCode);
		audit.record(AuditRecord.success("identity.org.import", "organisation", id).withDetail(name));
		return id;
	}

	@Override
	public String hashPassword(String rawPassword) {
		return passwords.encode(rawPassword);
	}

	@Override
	@Transactional
	public UserId importStaff(String username, String displayName, String passwordHash, OrgId org, String title,
			String totpSecret, List<RoleGrant> grants, boolean demoAccount) {
		UserId id = accountService.insertStaff(username, displayName, passwordHash, org, title, demoAccount);
		for (RoleGrant grant : grants) {
			roleService.insertGrant(id, grant.roleCode(), grant.scope(), null);
		}
		if (totpSecret != null) {
			secondFactor.enrolImported(id.value(), totpSecret);
		}
		audit.record(AuditRecord.success("identity.user.import", "user", id).withDetail("staff " + username));
		return id;
	}

	@Override
	@Transactional
	public int importCitizens(List<CitizenRecord> citizens, String passwordHash, boolean demoAccounts) {
		for (CitizenRecord citizen : citizens) {
			accountService.insertCitizen(citizen.name(), citizen.idNumber(), citizen.mobile(), passwordHash,
					demoAccounts);
		}
		audit.record(AuditRecord.success("identity.citizen.import", "user", null)
			.withDetail(citizens.size() + " citizens"));
		return citizens.size();
	}

	@Override
	@Transactional
	public int importEnterprises(List<EnterpriseRecord> enterprises, String passwordHash, boolean demoAccounts) {
		for (EnterpriseRecord enterprise : enterprises) {
			accountService.insertEnterprise(enterprise.name(), enterprise.creditCode(), enterprise.legalRepName(),
					enterprise.mobile(), passwordHash, demoAccounts);
		}
		audit.record(AuditRecord.success("identity.enterprise.import", "user", null)
			.withDetail(enterprises.size() + " enterprises"));
		return enterprises.size();
	}
}
