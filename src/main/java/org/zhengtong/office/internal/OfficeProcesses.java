package org.zhengtong.office.internal;

import org.flowable.engine.RepositoryService;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Deploys the office processes. The engine's auto-deployment pattern ({@code classpath*:/processes/}
 * + {@code **.bpmn20.xml}) only reaches files directly in processes/, not processes/office/;
 * duplicate filtering makes this a no-op when nothing changed.
 */
@Component
class OfficeProcesses implements InitializingBean {

	static final String OUTGOING = "processes/office/outgoing-document.bpmn20.xml";

	private final RepositoryService repository;

	OfficeProcesses(RepositoryService repository) {
		this.repository = repository;
	}

	@Override
	public void afterPropertiesSet() {
		repository.createDeployment().name("office").addClasspathResource(OUTGOING).enableDuplicateFiltering().deploy();
	}
}
