package org.zhengtong.audit;

/** Whether the audited action succeeded. */
public enum AuditResult {

	SUCCESS, FAILURE

}
