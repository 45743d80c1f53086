/**
 * 身份与组织 — regions, organisations, staff, citizens and enterprises, roles with data scopes,
 * the three administrators (三员), login with lockout and second factor.
 */
@org.springframework.modulith.ApplicationModule(displayName = "身份与组织 Identity", allowedDependencies = {})
package org.zhengtong.identity;
