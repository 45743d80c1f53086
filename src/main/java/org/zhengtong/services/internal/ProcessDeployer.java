package org.zhengtong.services.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.DeploymentBuilder;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys {@code processes/services/*.bpmn20.xml}. The engine's auto-deployment pattern
 * ({@code processes/**.bpmn20.xml}) only finds files directly under {@code processes/}, not in the
 * module folders; duplicate filtering makes a restart with unchanged files deploy nothing new.
 */
@Component
class ProcessDeployer implements SmartInitializingSingleton {

	static final String DEPLOYMENT = "services-processes";

	private final RepositoryService repository;

	ProcessDeployer(RepositoryService repository) {
		this.repository = repository;
	}

	@Override
	public void afterSingletonsInstantiated() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:/processes/services/*.bpmn20.xml");
			DeploymentBuilder deployment = repository.createDeployment().name(DEPLOYMENT).enableDuplicateFiltering();
			for (Resource resource : resources) {
				try (InputStream in = resource.getInputStream()) {
					deployment.addBytes("processes/services/" + resource.getFilename(), in.readAllBytes());
				}
			}
			if (resources.length > 0) {
				deployment.deploy();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
