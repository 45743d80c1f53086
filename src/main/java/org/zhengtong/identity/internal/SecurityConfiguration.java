package org.zhengtong.identity.internal;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.zhengtong.platform.web.PublicPaths;

/**
 * Who may reach what. Deny by default: only the paths modules declare as {@link PublicPaths}
 * are open; the workbench needs a staff member who has passed the second factor; the account
 * pages need a citizen or enterprise. Fine-grained checks sit on each state change
 * ({@code @PreAuthorize}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String FACTOR_PENDING = "factor.pending";

	/**
	 * Content-Security-Policy: no inline script or style anywhere (htmx is told not to inject
	 * its indicator style); images may be data: URIs for the enrolment QR code.
	 */
	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, List<PublicPaths> publicPaths,
			LoginHandlers handlers, ZtUserDetailsService users, PasswordEncoder encoder) throws Exception {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(encoder);
		String[] open = publicPaths.stream().flatMap(p -> p.patterns().stream()).toArray(String[]::new);
		http.authenticationProvider(provider)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
				.requestMatchers("/login", "/register", "/register/**").permitAll()
				.requestMatchers(open).permitAll()
				.requestMatchers("/login/second-factor", "/login/second-factor/**").hasAuthority(FACTOR_PENDING)
				.requestMatchers("/workbench", "/workbench/**").hasAuthority("workbench.use")
				.requestMatchers("/account", "/account/**").hasAuthority(ZtUserDetailsService.CITIZEN_AUTHORITY)
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login")
				.loginProcessingUrl("/login")
				.usernameParameter("username")
				.passwordParameter("password")
				.successHandler(handlers)
				.failureHandler(handlers))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("ZTSESSION"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
		return http.build();
	}
}
