package org.zhengtong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.zhengtong.DatabaseIntegrationTest;

/** 数据范围: own organisation, an organisation with everything below it, a region, or all. */
@SpringBootTest
@Import(IdentityFixtures.class)
class DataScopeIT extends DatabaseIntegrationTest {

	@Autowired
	IdentityImport identity;

	@Autowired
	AccessScopes scopes;

	@Autowired
	IdentityFixtures fixtures;

	@Test
	void eachScopeKindReachesExactlyItsOrganisations() {
		String region = "3399" + String.format("%02d", (int) (Math.abs(System.nanoTime()) % 100)) + "9"
				+ String.format("%02d", (int) (Math.abs(System.nanoTime() / 7) % 100));
		OrgId bureau = identity.importOrganisation(IdentityFixtures.unique("局"), null, OrgKind.DEPARTMENT, null, null, "339901");
		OrgId division = identity.importOrganisation(IdentityFixtures.unique("股"), null, OrgKind.DIVISION, bureau, null, "339901");
		OrgId township = identity.importOrganisation(IdentityFixtures.unique("镇"), null, OrgKind.TOWNSHIP, null, null, region);
		String hash = fixtures.hash();

		UserId own = identity.importStaff(IdentityFixtures.unique("own"), "本机构", hash, bureau, "科员", null,
				List.of(new IdentityImport.RoleGrant("CLERK", DataScope.ownOrganisation())), false);
		UserId tree = identity.importStaff(IdentityFixtures.unique("tree"), "机构及下级", hash, bureau, "科员", null,
				List.of(new IdentityImport.RoleGrant("CLERK", DataScope.organisationTree(bureau))), false);
		UserId area = identity.importStaff(IdentityFixtures.unique("area"), "区划", hash, township, "代办员", null,
				List.of(new IdentityImport.RoleGrant("AGENT", DataScope.region(region))), false);
		UserId everything = identity.importStaff(IdentityFixtures.unique("all"), "全部", hash, bureau, "领导", null,
				List.of(new IdentityImport.RoleGrant("LEADER", DataScope.all())), false);

		assertThat(scopes.scopeOf(own, "workbench.use").organisations()).containsExactly(bureau);
		assertThat(scopes.scopeOf(tree, "workbench.use").organisations()).containsExactlyInAnyOrder(bureau, division);
		assertThat(scopes.scopeOf(area, "workbench.use").organisations()).containsExactly(township);
		assertThat(scopes.scopeOf(everything, "workbench.use").all()).isTrue();
		assertThat(scopes.scopeOf(own, "audit.read").includes(bureau)).as("a permission the role lacks").isFalse();
	}
}
