package org.zhengtong.office.internal;

import java.util.Locale;

/**
 * 办理环节 of an outgoing document. The task keys are the user-task ids in
 * processes/office/outgoing-document.bpmn20.xml; each stage needs its own permission.
 */
public enum Stage {

	DRAFT("draft", "office.document.draft"),
	DEPT_CHECK("deptCheck", "office.document.check"),
	OFFICE_REVIEW("officeReview", "office.document.review"),
	COSIGN("cosign", "office.document.cosign"),
	LEADER_SIGN("leaderSign", "office.document.sign"),
	REGISTER("register", "office.document.register"),
	SEAL("seal", "office.seal.use"),
	DISTRIBUTE("distribute", "office.document.distribute"),
	DISTRIBUTED(null, null);

	private final String taskKey;

	private final String permission;

	Stage(String taskKey, String permission) {
		this.taskKey = taskKey;
		this.permission = permission;
	}

	public String taskKey() {
		return taskKey;
	}

	public String permission() {
		return permission;
	}

	/** Review steps may return the document to an earlier step (退回). */
	public boolean mayReturn() {
		return this == DEPT_CHECK || this == OFFICE_REVIEW || this == COSIGN || this == LEADER_SIGN;
	}

	public String messageKey() {
		return "office.stage." + name().toLowerCase(Locale.ROOT);
	}

	public static Stage ofTask(String taskKey) {
		for (Stage stage : values()) {
			if (stage.taskKey != null && stage.taskKey.equals(taskKey)) {
				return stage;
			}
		}
		throw new IllegalArgumentException("Unknown task " + taskKey);
	}
}
