package org.zhengtong.audit.internal;

/** The end of the chain: the last position written and its hash. */
public record ChainHead(long lastSeq, String lastHash) {
}
