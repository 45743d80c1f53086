package org.zhengtong.demo;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.zhengtong.identity.IdentityImport;
import org.zhengtong.platform.DemoMode;

/**
 * Loads the demo county on the first start of the embedded default, before the web server
 * takes requests, so the first page already shows it. Never in production (prod profile).
 */
@Component
@ConditionalOnProperty(name = "zt.demo.enabled", havingValue = "true")
class DemoCountyLoader implements SmartInitializingSingleton {

	private final DemoCountyGenerator generator;

	private final IdentityImport identity;

	private final DemoMode demoMode;

	DemoCountyLoader(DemoCountyGenerator generator, IdentityImport identity, DemoMode demoMode) {
		this.generator = generator;
		this.identity = identity;
		this.demoMode = demoMode;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (demoMode.isEnabled() && !identity.hasRegions()) {
			generator.generate();
		}
	}
}
