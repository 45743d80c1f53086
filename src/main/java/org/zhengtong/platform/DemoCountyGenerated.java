package org.zhengtong.platform;

/**
 * Published (synchronously, during start-up) once the demo county's regions, organisations and
 * people exist, so each module can add its own demo data with {@code @EventListener}. The seed
 * makes every module's data deterministic too.
 */
public record DemoCountyGenerated(long seed) {
}
