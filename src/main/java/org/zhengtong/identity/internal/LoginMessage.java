package org.zhengtong.identity.internal;

import java.io.Serializable;
import java.time.Instant;

import org.zhengtong.platform.web.DisplayFormats;

/** A login error for the login page: message key, arguments and the field it belongs to. */
public record LoginMessage(String key, String field, Object[] arguments) implements Serializable {

	LoginMessage(String key, String field) {
		this(key, field, new Object[0]);
	}

	static LoginMessage locked(Instant until) {
		String time = until == null ? "" : java.time.format.DateTimeFormatter.ofPattern("HH:mm")
			.format(until.atZone(DisplayFormats.ZONE));
		return new LoginMessage("identity.login.locked", "username",
				new Object[] { LoginPolicy.MAX_FAILED_ATTEMPTS, LoginPolicy.LOCK_DURATION.toMinutes(), time });
	}

	static LoginMessage badCredentials(int attemptsLeft) {
		if (attemptsLeft < 0) {
			return new LoginMessage("identity.login.bad_credentials", "password");
		}
		return new LoginMessage("identity.login.bad_credentials_left", "password", new Object[] { attemptsLeft });
	}
}
