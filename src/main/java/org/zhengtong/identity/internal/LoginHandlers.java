package org.zhengtong.identity.internal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * After the password: citizens and enterprises are in; staff hold only a "second factor
 * pending" authority until they enter their authenticator code. Failures count towards the
 * lock-out and leave a message (in the visitor's language) for the login page.
 */
@Component
public class LoginHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	static final String PENDING = "zt.login.pending";

	static final String ERROR = "zt.login.error";

	static final String TYPED = "zt.login.typed";

	private final LoginAttempts attempts;

	private final ZtUserDetailsService users;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final HttpSessionRequestCache requests = new HttpSessionRequestCache();

	LoginHandlers(LoginAttempts attempts, ZtUserDetailsService users) {
		this.attempts = attempts;
		this.users = users;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		ZtPrincipal principal = (ZtPrincipal) authentication.getPrincipal();
		UserAccount account = users.findAccount(principal.getUsername()).orElseThrow();
		attempts.succeeded(account, "password");
		HttpSession session = request.getSession();
		session.removeAttribute(ERROR);
		session.removeAttribute(TYPED);
		if (principal.needsSecondFactor()) {
			session.setAttribute(PENDING, authentication);
			UsernamePasswordAuthenticationToken pending = UsernamePasswordAuthenticationToken.authenticated(principal,
					null, List.of(new SimpleGrantedAuthority(SecurityConfiguration.FACTOR_PENDING)));
			store(pending, request, response);
			response.sendRedirect(request.getContextPath() + "/login/second-factor");
			return;
		}
		response.sendRedirect(targetAfterLogin(request, response, "/account"));
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String typed = Optional.ofNullable(request.getParameter("username")).orElse("").trim();
		HttpSession session = request.getSession();
		session.setAttribute(TYPED, typed.length() > 64 ? typed.substring(0, 64) : typed);
		LoginMessage message;
		if (typed.isEmpty()) {
			message = new LoginMessage("identity.login.missing_username", "username");
		}
		else if (exception instanceof LockedException) {
			Optional<UserAccount> account = users.findAccount(typed);
			account.ifPresent(attempts::lockedAttempt);
			message = LoginMessage.locked(account.map(UserAccount::lockedUntil).orElse(null));
		}
		else if (exception instanceof DisabledException) {
			message = new LoginMessage("identity.login.disabled", "username");
		}
		else {
			LoginAttempts.Failure failure = attempts.failed(users.findAccount(typed), typed, "password");
			message = failure.lockedNow() ? LoginMessage.locked(failure.lockedUntil())
					: LoginMessage.badCredentials(failure.knownAccount() ? failure.attemptsLeft() : -1);
		}
		session.setAttribute(ERROR, message);
		response.sendRedirect(request.getContextPath() + "/login?error");
	}

	/** Completes a staff login once the second factor is right. */
	public void completeSecondFactor(HttpServletRequest request, HttpServletResponse response) {
		HttpSession session = request.getSession(false);
		Authentication full = (Authentication) session.getAttribute(PENDING);
		session.removeAttribute(PENDING);
		// A new session id once fully signed in, so a pre-login id is worth nothing.
		request.changeSessionId();
		store(full, request, response);
	}

	public Optional<ZtPrincipal> pendingPrincipal(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(PENDING) instanceof Authentication full)) {
			return Optional.empty();
		}
		return Optional.of((ZtPrincipal) full.getPrincipal());
	}

	public String targetAfterLogin(HttpServletRequest request, HttpServletResponse response, String fallback) {
		SavedRequest saved = requests.getRequest(request, response);
		if (saved != null) {
			requests.removeRequest(request, response);
			return saved.getRedirectUrl();
		}
		return request.getContextPath() + fallback;
	}

	private void store(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}
}
