/**
 * 门户网站群 — the public portal: for now its home page; sites, channels, articles, disclosure,
 * interaction and search arrive with the portal issue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "门户网站群 Portal", allowedDependencies = {})
package org.zhengtong.portal;
