package org.zhengtong.platform.audit;

/** Whether the audited action succeeded. */
public enum AuditResult {

	SUCCESS, FAILURE

}
