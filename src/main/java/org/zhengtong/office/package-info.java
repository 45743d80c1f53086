/**
 * 无纸化办公 — official documents (公文) drafted, checked, co-signed, signed off, numbered, laid out
 * per GB/T 9704-2012 as OFD and sealed with an SM2 electronic seal (GB/T 38540).
 */
@org.springframework.modulith.ApplicationModule(displayName = "无纸化办公 Office", allowedDependencies = { "identity" })
package org.zhengtong.office;
