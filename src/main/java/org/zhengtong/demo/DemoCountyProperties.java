package org.zhengtong.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code zt.demo.*}: whether to generate the demo county on first start, its seed, and its size
 * (benchmarks raise the counts to produce larger data sets from the same generator).
 */
@ConfigurationProperties("zt.demo")
public record DemoCountyProperties(boolean enabled, long seed, int citizens, int enterprises) {

	public DemoCountyProperties {
		if (seed == 0) {
			seed = 20261122L;
		}
		if (citizens <= 0) {
			citizens = 1000;
		}
		if (enterprises <= 0) {
			enterprises = 300;
		}
	}
}
