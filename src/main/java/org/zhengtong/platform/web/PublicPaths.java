package org.zhengtong.platform.web;

import java.util.List;

/**
 * Paths a module serves to anyone, signed in or not. Each module declares its own as a bean;
 * everything not declared public needs a signed-in user (deny by default).
 */
public record PublicPaths(List<String> patterns) {

	public static PublicPaths of(String... patterns) {
		return new PublicPaths(List.of(patterns));
	}
}
