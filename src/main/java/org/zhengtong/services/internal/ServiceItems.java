package org.zhengtong.services.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.zhengtong.identity.OrgId;

/** 事项库 — reads and stores service items with their materials. */
@Repository
public class ServiceItems {

	private static final String COLUMNS = """
			id, name, basic_code, impl_code, item_type, org_id, legal_basis, conditions, statutory_limit,
			committed_limit, fee, fee_basis, result_name, online_depth, service_objects, theme, place, hours,
			consult_phone, supervise_phone, process_key""";

	private static final RowMapper<ServiceItem> MAPPER = (rs, row) -> new ServiceItem(rs.getLong("id"),
			rs.getString("name"), rs.getString("basic_code"), rs.getString("impl_code"), rs.getString("item_type"),
			new OrgId(rs.getLong("org_id")), rs.getString("legal_basis"), rs.getString("conditions"),
			rs.getInt("statutory_limit"), rs.getInt("committed_limit"), rs.getString("fee"), rs.getString("fee_basis"),
			rs.getString("result_name"), rs.getInt("online_depth"), rs.getString("service_objects"),
			rs.getString("theme"), rs.getString("place"), rs.getString("hours"), rs.getString("consult_phone"),
			rs.getString("supervise_phone"), rs.getString("process_key"), List.of());

	private final JdbcClient jdbc;

	ServiceItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<ServiceItem> byCode(String implCode) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM svc_item WHERE impl_code = ?")
			.param(implCode)
			.query(MAPPER)
			.optional()
			.map(item -> item.withMaterials(materials(item.id())));
	}

	public Optional<ServiceItem> byId(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM svc_item WHERE id = ?")
			.param(id)
			.query(MAPPER)
			.optional()
			.map(item -> item.withMaterials(materials(item.id())));
	}

	/** Items without materials, filtered by department, theme and a name fragment (each optional). */
	public List<ServiceItem> search(OrgId org, String theme, String nameContains, int limit) {
		StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM svc_item WHERE 1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (org != null) {
			sql.append(" AND org_id = :org");
			params.put("org", org.value());
		}
		if (theme != null && !theme.isBlank()) {
			sql.append(" AND theme = :theme");
			params.put("theme", theme);
		}
		if (nameContains != null && !nameContains.isBlank()) {
			sql.append(" AND name LIKE :name ESCAPE '\\'");
			params.put("name", "%" + nameContains.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		sql.append(" ORDER BY org_id, impl_code LIMIT ").append(limit);
		return jdbc.sql(sql.toString()).params(params).query(MAPPER).list();
	}

	/** Number of items per implementing organisation, for the department list. */
	public Map<OrgId, Integer> countByOrganisation() {
		Map<OrgId, Integer> counts = new HashMap<>();
		jdbc.sql("SELECT org_id, COUNT(*) AS n FROM svc_item GROUP BY org_id")
			.query((rs, row) -> counts.put(new OrgId(rs.getLong("org_id")), rs.getInt("n")))
			.list();
		return counts;
	}

	public List<String> themes() {
		return jdbc.sql("SELECT DISTINCT theme FROM svc_item ORDER BY theme").query(String.class).list();
	}

	public long count() {
		return jdbc.sql("SELECT COUNT(*) FROM svc_item").query(Long.class).single();
	}

	public boolean codeExists(String implCode) {
		return jdbc.sql("SELECT COUNT(*) FROM svc_item WHERE impl_code = ?").param(implCode).query(Long.class).single() > 0;
	}

	/** Stores a new item and its materials; returns its id. */
	public long insert(ServiceItem item) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO svc_item (name, basic_code, impl_code, item_type, org_id, legal_basis, conditions,
				  statutory_limit, committed_limit, fee, fee_basis, result_name, online_depth, service_objects, theme,
				  place, hours, consult_phone, supervise_phone, process_key)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(item.name(), item.basicCode(), item.implCode(), item.itemType(), item.org().value(),
					item.legalBasis(), item.conditions(), item.statutoryLimit(), item.committedLimit(), item.fee(),
					item.feeBasis(), item.resultName(), item.onlineDepth(), item.serviceObjects(), item.theme(),
					item.place(), item.hours(), item.consultPhone(), item.supervisePhone(), item.processKey())
			.update(keys, "id");
		long id = keys.getKey().longValue();
		for (ServiceItem.Material material : item.materials()) {
			jdbc.sql("""
					INSERT INTO svc_item_material (item_id, sort_order, name, required, form_kind, copies)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(id, material.sortOrder(), material.name(), material.required(), material.formKind(),
						material.copies())
				.update();
		}
		return id;
	}

	private List<ServiceItem.Material> materials(long itemId) {
		return new ArrayList<>(jdbc.sql("""
				SELECT id, sort_order, name, required, form_kind, copies FROM svc_item_material
				WHERE item_id = ? ORDER BY sort_order""")
			.param(itemId)
			.query((rs, row) -> new ServiceItem.Material(rs.getLong("id"), rs.getInt("sort_order"), rs.getString("name"),
					rs.getBoolean("required"), rs.getString("form_kind"), rs.getInt("copies")))
			.list());
	}
}
