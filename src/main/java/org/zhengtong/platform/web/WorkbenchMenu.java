package org.zhengtong.platform.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The workbench's left-hand menu, gathered from the {@link Entry} beans every module declares, so a
 * new module adds its pages without touching the shared layout. A person sees only the entries
 * whose authority they hold. Templates call {@code ${@workbenchMenu.visible()}}.
 */
@Component("workbenchMenu")
public class WorkbenchMenu {

	private final List<Entry> entries;

	WorkbenchMenu(List<Entry> entries) {
		this.entries = entries.stream().sorted(Comparator.comparingInt(Entry::order)).toList();
	}

	public List<Entry> visible() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return List.of();
		}
		List<String> held = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
		return entries.stream().filter(entry -> entry.authority() == null || held.contains(entry.authority())).toList();
	}

	/**
	 * One menu line: the message key of its label, where it leads, the authority needed to see it
	 * (null: every workbench user) and its place (lower first).
	 */
	public record Entry(String labelKey, String href, String authority, int order) {
	}
}
