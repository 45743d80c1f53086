package org.zhengtong.services;

import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Component;
import org.zhengtong.identity.IdentityDirectory;
import org.zhengtong.identity.Organisation;

/** A ready department, item and citizen for tests outside this package (browser journeys). */
@Component
@Import(ServiceFixtures.class)
public class ServicesTestSupport {

	private final ServiceFixtures fixtures;

	private final IdentityDirectory directory;

	ServicesTestSupport(ServiceFixtures fixtures, IdentityDirectory directory) {
		this.fixtures = fixtures;
		this.directory = directory;
	}

	public record Login(String username, String secret) {
	}

	public record Scenario(String itemCode, String itemName, long firstMaterialId, long secondMaterialId,
			String departmentName, Login clerk, Login head, String citizenIdNumber) {
	}

	public Scenario scenario() {
		ServiceFixtures.Department department = fixtures.department();
		ServiceFixtures.Citizen citizen = fixtures.citizen();
		return new Scenario(department.item().implCode(), department.item().name(),
				department.item().materials().get(0).id(), department.item().materials().get(1).id(),
				directory.organisation(department.org()).map(Organisation::name).orElseThrow(),
				new Login(department.clerk().username(), department.clerk().secret()),
				new Login(department.head().username(), department.head().secret()), citizen.idNumber());
	}
}
