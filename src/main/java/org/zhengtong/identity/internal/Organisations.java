package org.zhengtong.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.zhengtong.identity.OrgId;
import org.zhengtong.identity.OrgKind;
import org.zhengtong.identity.Organisation;
import org.zhengtong.identity.Region;
import org.zhengtong.identity.RegionLevel;

/** Reads and writes idn_org and idn_region. */
@Repository
class Organisations {

	private static final String ORG_COLUMNS = "id, name, short_name, kind, parent_id, credit_code, region_code";

	private static final RowMapper<Organisation> ORG = Organisations::mapOrg;

	private static final RowMapper<Region> REGION = (rs, row) -> new Region(rs.getString("code"), rs.getString("name"),
			RegionLevel.valueOf(rs.getString("level")), rs.getString("parent_code"));

	private final JdbcClient jdbc;

	Organisations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Organisation> findById(long id) {
		return jdbc.sql("SELECT " + ORG_COLUMNS + " FROM idn_org WHERE id = ?").param(id).query(ORG).optional();
	}

	List<Organisation> all() {
		return jdbc.sql("SELECT " + ORG_COLUMNS + " FROM idn_org ORDER BY sort_order, id").query(ORG).list();
	}

	boolean creditCodeTaken(String creditCode) {
		return jdbc.sql("SELECT COUNT(*) FROM idn_org WHERE credit_code = ?").param(creditCode).query(Long.class).single() > 0;
	}

	/** Inserts at the end of its siblings' order. */
	long insert(String name, String shortName, OrgKind kind, Long parentId, String creditCode, String regionCode) {
		int sortOrder = jdbc.sql("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM idn_org").query(Integer.class).single();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO idn_org (name, short_name, kind, parent_id, credit_code, region_code, sort_order, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(name, shortName, kind.name(), parentId, creditCode, regionCode, sortOrder, UserAccounts.now())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	Optional<Region> region(String code) {
		return jdbc.sql("SELECT code, name, level, parent_code FROM idn_region WHERE code = ?").param(code).query(REGION).optional();
	}

	List<Region> regions() {
		return jdbc.sql("SELECT code, name, level, parent_code FROM idn_region ORDER BY code").query(REGION).list();
	}

	long regionCount() {
		return jdbc.sql("SELECT COUNT(*) FROM idn_region").query(Long.class).single();
	}

	void insertRegions(List<Region> regions) {
		for (int i = 0; i < regions.size(); i++) {
			Region region = regions.get(i);
			jdbc.sql("INSERT INTO idn_region (code, name, level, parent_code, sort_order) VALUES (?, ?, ?, ?, ?)")
				.params(region.code(), region.name(), region.level().name(), region.parentCode(), i)
				.update();
		}
	}

	private static Organisation mapOrg(ResultSet rs, int row) throws SQLException {
		long parent = rs.getLong("parent_id");
		OrgId parentId = rs.wasNull() ? null : new OrgId(parent);
		return new Organisation(new OrgId(rs.getLong("id")), rs.getString("name"), rs.getString("short_name"),
				OrgKind.valueOf(rs.getString("kind")), parentId, rs.getString("credit_code"), rs.getString("region_code"));
	}
}
