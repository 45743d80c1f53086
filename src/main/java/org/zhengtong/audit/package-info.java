/**
 * 审计 — the append-only audit trail, hash-chained with SM3, its verification and signed
 * checkpoints. It implements the shared kernel's {@link org.zhengtong.platform.audit.AuditTrail}
 * port, through which every module records. Its API: {@link org.zhengtong.audit.AuditVerification},
 * {@link org.zhengtong.audit.AuditRetention} and {@link org.zhengtong.audit.AuditLog}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "审计 Audit", allowedDependencies = { "platform" })
package org.zhengtong.audit;
