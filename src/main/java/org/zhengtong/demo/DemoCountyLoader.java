package org.zhengtong.demo;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.zhengtong.identity.IdentityImport;
import org.zhengtong.platform.DemoCountyGenerated;
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

	private final ApplicationEventPublisher events;

	private final DemoCountyProperties properties;

	DemoCountyLoader(DemoCountyGenerator generator, IdentityImport identity, DemoMode demoMode,
			ApplicationEventPublisher events, DemoCountyProperties properties) {
		this.generator = generator;
		this.identity = identity;
		this.demoMode = demoMode;
		this.events = events;
		this.properties = properties;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (demoMode.isEnabled() && !identity.hasRegions()) {
			generator.generate();
			// Other modules add their demo data (service items, articles, documents …) on this.
			events.publishEvent(new DemoCountyGenerated(properties.seed()));
		}
	}
}
