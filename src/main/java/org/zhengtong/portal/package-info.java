/**
 * 门户网站群 — the public portal: the site group and its channels, articles with three-level
 * review, static publishing and site search. Disclosure, interaction and inspection come later.
 */
@org.springframework.modulith.ApplicationModule(displayName = "门户网站群 Portal", allowedDependencies = {"identity"})
package org.zhengtong.portal;
