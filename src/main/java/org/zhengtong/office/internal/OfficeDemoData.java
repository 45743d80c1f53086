package org.zhengtong.office.internal;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.zhengtong.identity.IdentityDirectory;
import org.zhengtong.identity.OrgKind;
import org.zhengtong.identity.Organisation;
import org.zhengtong.platform.DemoCountyGenerated;

/**
 * The demo county's electronic seals: one organisation seal for the county government and each
 * department, valid for the demo years, so a document can be taken all the way to 用印 on first start.
 */
@Component
class OfficeDemoData {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final IdentityDirectory directory;

	private final Seals seals;

	OfficeDemoData(IdentityDirectory directory, Seals seals) {
		this.directory = directory;
		this.seals = seals;
	}

	@EventListener
	void on(DemoCountyGenerated event) {
		for (Organisation organisation : directory.organisations()) {
			if ((organisation.kind() == OrgKind.GOVERNMENT || organisation.kind() == OrgKind.DEPARTMENT)
					&& seals.ofOrganisation(organisation.id().value()).isEmpty()) {
				seals.provision(organisation.id().value(), organisation.name(),
						LocalDate.of(2024, 1, 1).atStartOfDay(ZONE).toInstant(),
						LocalDate.of(2030, 12, 31).atStartOfDay(ZONE).toInstant());
			}
		}
	}
}
