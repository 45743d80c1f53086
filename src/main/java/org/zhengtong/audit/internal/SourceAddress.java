package org.zhengtong.audit.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Where the current request came from, or null outside a request (jobs, commands). */
@Component
class SourceAddress {

	private final boolean trustForwardedFor;

	SourceAddress(AuditProperties properties) {
		this.trustForwardedFor = properties.trustForwardedFor();
	}

	String current() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return null;
		}
		HttpServletRequest request = attributes.getRequest();
		if (trustForwardedFor) {
			String forwarded = request.getHeader("X-Forwarded-For");
			if (forwarded != null && !forwarded.isBlank()) {
				// The last address is the one our proxy appended; earlier ones are client-supplied.
				String[] hops = forwarded.split(",");
				String last = hops[hops.length - 1].trim();
				if (!last.isEmpty()) {
					return last;
				}
			}
		}
		return request.getRemoteAddr();
	}
}
