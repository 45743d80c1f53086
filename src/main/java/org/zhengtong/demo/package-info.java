/**
 * 示范县 — the deterministic demo-county generator: regions, departments, staff for every role,
 * citizens and enterprises. Runs once on the first start of the embedded default.
 */
@org.springframework.modulith.ApplicationModule(displayName = "示范县 Demo county", allowedDependencies = { "identity" })
package org.zhengtong.demo;
