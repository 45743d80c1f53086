package org.zhengtong.identity.internal;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.zhengtong.identity.UserKind;
import org.zhengtong.platform.audit.AuditActor;
import org.zhengtong.platform.web.DisplayNamed;

/**
 * The signed-in person: who they are, their organisation, role codes and permissions. It is
 * also the actor the audit trail records.
 */
public final class ZtPrincipal implements UserDetails, CredentialsContainer, AuditActor, DisplayNamed, Serializable {

	private static final long serialVersionUID = 1L;

	private final long userId;

	private final UserKind kind;

	private final String username;

	private final String displayName;

	private final String organisation;

	private final Long organisationId;

	private final List<String> roles;

	private final Set<String> permissions;

	private final boolean enabled;

	private final boolean locked;

	private String passwordHash;

	ZtPrincipal(long userId, UserKind kind, String username, String displayName, String organisation,
			Long organisationId, List<String> roles, Set<String> permissions, String passwordHash, boolean enabled,
			boolean locked) {
		this.userId = userId;
		this.kind = kind;
		this.username = username;
		this.displayName = displayName;
		this.organisation = organisation;
		this.organisationId = organisationId;
		this.roles = List.copyOf(roles);
		this.permissions = Set.copyOf(permissions);
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.locked = locked;
	}

	public long userId() {
		return userId;
	}

	public UserKind kind() {
		return kind;
	}

	@Override
	public String displayName() {
		return displayName;
	}

	public String organisation() {
		return organisation;
	}

	public Long organisationId() {
		return organisationId;
	}

	public List<String> roles() {
		return roles;
	}

	public boolean needsSecondFactor() {
		return kind == UserKind.STAFF;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return permissions.stream().map(SimpleGrantedAuthority::new).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public String auditUserId() {
		return Long.toString(userId);
	}

	@Override
	public String auditUserName() {
		return displayName + " (" + username + ")";
	}

	@Override
	public String auditRoles() {
		return String.join(",", roles);
	}

	@Override
	public String auditOrganisation() {
		return organisation == null ? "" : organisation;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ZtPrincipal that && that.userId == userId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(userId);
	}

	@Override
	public String toString() {
		return "ZtPrincipal[" + userId + "," + username + "]";
	}
}
