package org.zhengtong.platform.files;

import java.util.List;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.audit.AuditActor;

/** Who may download a stored file: its owner, a holder of {@code platform.files.read-all}, or whom a module's policy admits. */
@Component
class FileAccess {

	static final String READ_ALL = "platform.files.read-all";

	private final List<FileAccessPolicy> policies;

	FileAccess(List<FileAccessPolicy> policies) {
		this.policies = List.copyOf(policies);
	}

	boolean mayRead(StoredFile file, Authentication reader) {
		if (reader == null || !reader.isAuthenticated() || reader instanceof AnonymousAuthenticationToken) {
			return false;
		}
		for (GrantedAuthority authority : reader.getAuthorities()) {
			if (READ_ALL.equals(authority.getAuthority())) {
				return true;
			}
		}
		if (file.ownerId().equals(userId(reader))) {
			return true;
		}
		return policies.stream().anyMatch(policy -> policy.mayRead(file, reader));
	}

	/** The id uploads are owned by: the audit identity of the principal, or its login name. */
	static String userId(Authentication authentication) {
		if (authentication.getPrincipal() instanceof AuditActor actor) {
			return actor.auditUserId();
		}
		return authentication.getName();
	}
}
