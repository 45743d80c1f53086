package org.zhengtong.identity;

/** Identifies a user (staff, citizen or enterprise) across modules. */
public record UserId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
