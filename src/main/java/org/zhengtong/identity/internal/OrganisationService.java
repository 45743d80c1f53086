package org.zhengtong.identity.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.identity.IdentityDirectory;
import org.zhengtong.identity.IdentityErrors;
import org.zhengtong.identity.OrgId;
import org.zhengtong.identity.OrgKind;
import org.zhengtong.identity.Organisation;
import org.zhengtong.identity.Region;
import org.zhengtong.identity.UnifiedSocialCreditCode;
import org.zhengtong.platform.audit.AuditRecord;
import org.zhengtong.platform.audit.AuditTrail;
import org.zhengtong.platform.web.CodedException;

/** Organisations and regions: the directory other modules read, and the system administrator's edits. */
@Service
public class OrganisationService implements IdentityDirectory {

	private final Organisations organisations;

	private final AuditTrail audit;

	OrganisationService(Organisations organisations, AuditTrail audit) {
		this.organisations = organisations;
		this.audit = audit;
	}

	@Override
	public Optional<Organisation> organisation(OrgId id) {
		return organisations.findById(id.value());
	}

	@Override
	public List<Organisation> organisations() {
		return organisations.all();
	}

	@Override
	public Optional<Region> region(String code) {
		return organisations.region(code);
	}

	@Override
	public List<Region> regions() {
		return organisations.regions();
	}

	public boolean creditCodeTaken(String creditCode) {
		return organisations.creditCodeTaken(UnifiedSocialCreditCode.normalise(creditCode));
	}

	/** Adds an organisation, department or division under a parent (or at the top). */
	@Transactional
	@PreAuthorize("hasAuthority('identity.org.manage')")
	public OrgId create(String name, String shortName, OrgKind kind, OrgId parent, String creditCode,
			String regionCode) {
		if (parent != null) {
			organisations.findById(parent.value()).orElseThrow(() -> IdentityErrors.orgNotFound(parent));
		}
		organisations.region(regionCode)
			.orElseThrow(() -> CodedException.unprocessable("identity.org.region_unknown", regionCode));
		OrgId id = insert(name, shortName, kind, parent, creditCode, regionCode);
		audit.record(AuditRecord.success("identity.org.create", "organisation", id).withDetail(name));
		return id;
	}

	OrgId insert(String name, String shortName, OrgKind kind, OrgId parent, String creditCode, String regionCode) {
		String code = creditCode == null || creditCode.isBlank() ? null : UnifiedSocialCreditCode.normalise(creditCode);
		long id = organisations.insert(name.trim(), shortName == null || shortName.isBlank() ? null : shortName.trim(),
				kind, parent == null ? null : parent.value(), code, regionCode);
		return new OrgId(id);
	}

	/** The organisation tree, depth-first, each with its depth for indentation. */
	public List<TreeRow> tree() {
		List<Organisation> all = organisations.all();
		Map<Long, List<Organisation>> children = new LinkedHashMap<>();
		for (Organisation org : all) {
			long parent = org.parentId() == null ? 0L : org.parentId().value();
			children.computeIfAbsent(parent, key -> new ArrayList<>()).add(org);
		}
		List<TreeRow> rows = new ArrayList<>();
		walk(0L, 0, children, rows);
		return rows;
	}

	private static void walk(long parent, int depth, Map<Long, List<Organisation>> children, List<TreeRow> rows) {
		for (Organisation org : children.getOrDefault(parent, List.of())) {
			rows.add(new TreeRow(org, depth));
			walk(org.id().value(), depth + 1, children, rows);
		}
	}

	/** One line of the organisation tree. */
	public record TreeRow(Organisation organisation, int depth) {
	}
}
