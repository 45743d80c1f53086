package org.zhengtong.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Whether this deployment is the demo county (演示模式). Only then may pages show helpers such as
 * a demo account's current second-factor code. The prod profile can never be in demo mode,
 * whatever else is configured.
 */
@Component("demoMode")
public class DemoMode {

	private final boolean enabled;

	public DemoMode(@Value("${zt.demo.enabled:false}") boolean configured, Environment environment) {
		this.enabled = configured && !environment.acceptsProfiles(Profiles.of("prod"));
	}

	public boolean isEnabled() {
		return enabled;
	}
}
