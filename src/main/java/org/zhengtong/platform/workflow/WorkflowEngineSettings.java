package org.zhengtong.platform.workflow;

import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Flowable process engine runs on the platform's own database. H2 runs in PostgreSQL mode, so
 * the engine is told it talks to PostgreSQL on both: one set of engine SQL for both databases.
 */
@Configuration(proxyBeanMethods = false)
class WorkflowEngineSettings {

	@Bean
	EngineConfigurationConfigurer<SpringProcessEngineConfiguration> postgresDialect() {
		return configuration -> configuration.setDatabaseType("postgres");
	}
}
