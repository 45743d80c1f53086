package org.zhengtong.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class AuditPropertiesTests {

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(AuditProperties.class)
	static class Config {
	}

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(Config.class);

	@Test
	void recordsAreKeptOneHundredEightyDaysUnlessConfiguredLonger_等保2_0() {
		context.run(started -> {
			assertThat(started.getBean(AuditProperties.class).retentionDays()).isEqualTo(180);
			assertThat(started.getBean(AuditProperties.class).trustForwardedFor()).isFalse();
		});
		context.withPropertyValues("zt.audit.retention-days=365")
			.run(started -> assertThat(started.getBean(AuditProperties.class).retentionDays()).isEqualTo(365));
	}

	@Test
	void retentionBelowOneHundredEightyDaysIsRefusedAtStartup() {
		context.withPropertyValues("zt.audit.retention-days=90").run(started -> {
			assertThat(started).hasFailed();
			assertThat(started.getStartupFailure()).rootCause().hasMessageContaining("至少保留180天");
		});
	}
}
