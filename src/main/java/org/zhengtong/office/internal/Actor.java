package org.zhengtong.office.internal;

import java.util.Set;

/** Who acts on a document: taken from the signed-in person and their permissions. */
public record Actor(long userId, long orgId, String name, Set<String> permissions) {

	public boolean may(String permission) {
		return permissions.contains(permission);
	}
}
