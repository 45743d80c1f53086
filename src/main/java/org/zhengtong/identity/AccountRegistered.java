package org.zhengtong.identity;

import java.time.Instant;

/**
 * 账号注册: a citizen or enterprise created their account. Published through the event
 * publication registry, so listeners (welcome notices, statistics) get it even after a crash.
 */
public record AccountRegistered(UserId user, UserKind kind, Instant at) {
}
