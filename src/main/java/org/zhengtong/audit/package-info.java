/**
 * 审计 — the append-only audit trail, hash-chained with SM3, its verification and signed
 * checkpoints. Other modules record entries through {@link org.zhengtong.audit.AuditTrail}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "审计 Audit", allowedDependencies = {})
package org.zhengtong.audit;
