package org.zhengtong.identity.internal;

import java.time.Duration;

/** 等保 2.0 level 3 login rules, in one place. */
final class LoginPolicy {

	/** Failed attempts (password or second factor) that lock an account. */
	static final int MAX_FAILED_ATTEMPTS = 5;

	/** How long a locked account stays locked. */
	static final Duration LOCK_DURATION = Duration.ofMinutes(30);

	private LoginPolicy() {
	}
}
