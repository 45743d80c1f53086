/**
 * 平台公共内核 — the shared kernel: working-day calendar, numbering, SM2/SM3/SM4 crypto, file
 * store, rich-text sanitising, web layout and i18n. It holds no business rules, and every module
 * may use it (it is an open, shared module).
 */
@org.springframework.modulith.ApplicationModule(displayName = "平台公共内核 Platform",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.zhengtong.platform;
