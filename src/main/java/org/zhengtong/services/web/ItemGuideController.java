package org.zhengtong.services.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhengtong.identity.IdentityDirectory;
import org.zhengtong.identity.OrgId;
import org.zhengtong.identity.Organisation;
import org.zhengtong.platform.web.CodedException;
import org.zhengtong.services.internal.ServiceItem;
import org.zhengtong.services.internal.ServiceItems;

/** 办事指南 — the public list of service items and each item's guide with all key elements. */
@Controller
class ItemGuideController {

	static final String LIST = "services/items";

	static final String GUIDE = "services/item";

	private static final int PAGE = 200;

	private final ServiceItems items;

	private final IdentityDirectory directory;

	ItemGuideController(ServiceItems items, IdentityDirectory directory) {
		this.items = items;
		this.directory = directory;
	}

	/** Items by department (实施主体) or theme (主题), or found by a part of their name. */
	@GetMapping("/services/items")
	String list(@RequestParam(required = false) Long org, @RequestParam(required = false) String theme,
			@RequestParam(required = false) String q, Model model) {
		Map<OrgId, Integer> counts = items.countByOrganisation();
		List<Organisation> departments = directory.organisations()
			.stream()
			.filter(o -> counts.containsKey(o.id()))
			.sorted(Comparator.comparing(Organisation::kind).thenComparing(o -> o.id().value()))
			.toList();
		String query = q == null ? null : q.strip();
		if (query != null && query.length() > 50) {
			query = query.substring(0, 50);
		}
		boolean filtered = org != null || (theme != null && !theme.isBlank()) || (query != null && !query.isEmpty());
		List<ServiceItem> found = filtered ? items.search(org == null ? null : new OrgId(org), theme, query, PAGE)
				: List.of();
		model.addAttribute("departments", departments);
		model.addAttribute("counts", counts);
		model.addAttribute("themes", items.themes());
		model.addAttribute("items", found);
		model.addAttribute("filtered", filtered);
		model.addAttribute("org", org);
		model.addAttribute("theme", theme);
		model.addAttribute("q", query);
		model.addAttribute("orgName", org == null ? null
				: directory.organisation(new OrgId(org)).map(Organisation::name).orElse(null));
		return LIST;
	}

	@GetMapping("/services/items/{code}")
	String guide(@PathVariable String code, Model model) {
		ServiceItem item = items.byCode(code).orElseThrow(() -> CodedException.notFound("services.item.not_found"));
		model.addAttribute("item", item);
		model.addAttribute("orgName", directory.organisation(item.org()).map(Organisation::name).orElse(""));
		return GUIDE;
	}
}
