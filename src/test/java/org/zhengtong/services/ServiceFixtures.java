package org.zhengtong.services;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhengtong.identity.CurrentPerson.Person;
import org.zhengtong.identity.DataScope;
import org.zhengtong.identity.IdentityFixtures;
import org.zhengtong.identity.IdentityImport;
import org.zhengtong.identity.OrgId;
import org.zhengtong.identity.ResidentIdNumber;
import org.zhengtong.identity.UserId;
import org.zhengtong.identity.UserKind;
import org.zhengtong.platform.crypto.PersonalDataProtector;
import org.zhengtong.services.internal.ServiceItem;
import org.zhengtong.services.internal.ServiceItems;

/**
 * A department with a clerk and a head, a licensing item it implements, and citizens: uniquely
 * named, since the test database is shared.
 */
@Component
class ServiceFixtures {

	private final IdentityFixtures identity;

	private final IdentityImport identityImport;

	private final ServiceItems items;

	private final JdbcClient jdbc;

	private final PersonalDataProtector protector;

	ServiceFixtures(IdentityFixtures identity, IdentityImport identityImport, ServiceItems items, JdbcClient jdbc,
			PersonalDataProtector protector) {
		this.identity = identity;
		this.identityImport = identityImport;
		this.items = items;
		this.jdbc = jdbc;
		this.protector = protector;
	}

	record Department(OrgId org, Staff clerk, Staff head, ServiceItem item) {
	}

	record Staff(UserId id, String username, String secret, Person person) {
	}

	record Citizen(String idNumber, Person person) {
	}

	Department department() {
		OrgId org = identity.department("测试监管局");
		Staff clerk = staff(org, "CLERK");
		Staff head = staff(org, "DEPT_HEAD");
		String code = IdentityFixtures.unique("T01");
		items.insert(new ServiceItem(0, "测试食品经营许可" + code, "01001000", code, "01", org, "《中华人民共和国食品安全法》第三十五条",
				"材料齐全", 20, 10, "不收费", null, "食品经营许可证", 3, "BOTH", "开办企业", "政务服务中心", "工作日", "0579-1",
				"0579-12345", "services-licensing",
				List.of(new ServiceItem.Material(0, 1, "申请书", true, "ORIGINAL", 1),
						new ServiceItem.Material(0, 2, "场所证明", true, "COPY", 1))));
		return new Department(org, clerk, head, items.byCode(code).orElseThrow());
	}

	Staff staff(OrgId org, String role) {
		String username = IdentityFixtures.unique("s");
		String secret = new dev.samstevens.totp.secret.DefaultSecretGenerator(32).generate();
		UserId id = identityImport.importStaff(username, "测试" + username, identity.hash(), org, "科员", secret,
				List.of(new IdentityImport.RoleGrant(role, DataScope.ownOrganisation())), false);
		return new Staff(id, username, secret,
				new Person(id, UserKind.STAFF, "测试" + username, org, "测试监管局", List.of(role)));
	}

	Citizen citizen() {
		IdentityFixtures.Citizen citizen = identity.citizen();
		String index = protector.blindIndex(ResidentIdNumber.normalise(citizen.idNumber()));
		long id = jdbc.sql("SELECT id FROM idn_user WHERE id_number_idx = ?").param(index).query(Long.class).single();
		return new Citizen(citizen.idNumber(), new Person(new UserId(id), UserKind.CITIZEN, "测试居民", null, null, List.of()));
	}
}
