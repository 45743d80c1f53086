/**
 * 网上政务服务 — service items (事项) with their guides, applications (办件) from citizens and
 * enterprises, and their handling under 《行政许可法》 time limits, driven by BPMN processes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "网上政务服务 Services",
		allowedDependencies = { "platform", "identity", "identity::validation" })
package org.zhengtong.services;
