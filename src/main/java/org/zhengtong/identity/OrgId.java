package org.zhengtong.identity;

/** Identifies an organisation, department or division across modules. */
public record OrgId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
