package org.zhengtong.portal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.portal.internal.Channel;
import org.zhengtong.portal.internal.PortalStore;
import org.zhengtong.portal.internal.Site;
import org.zhengtong.portal.internal.SiteAdministration;

/** 站群 for the network administrator: each site’s footer facts, its channel tree, and 全站发布. */
@Controller
@RequestMapping("/workbench/portal/sites")
@PreAuthorize("hasAuthority('portal.article.publish')")
class SiteController {

	static final String VIEW = "portal/sites";

	private final PortalStore store;

	private final SiteAdministration sites;

	SiteController(PortalStore store, SiteAdministration sites) {
		this.store = store;
		this.sites = sites;
	}

	@GetMapping
	String sites(Model model) {
		Map<Site, List<Channel>> tree = new LinkedHashMap<>();
		Map<String, SiteAdministration.RunState> runs = new LinkedHashMap<>();
		for (Site site : store.sites()) {
			tree.put(site, store.channels(site.code()));
			SiteAdministration.RunState run = sites.lastRun(site.code());
			if (run != null) {
				runs.put(site.code(), run);
			}
		}
		model.addAttribute("tree", tree);
		model.addAttribute("runs", runs);
		return VIEW;
	}

	@PostMapping("/{code}/republish")
	String republish(@PathVariable String code, RedirectAttributes redirect) {
		sites.republish(code);
		redirect.addFlashAttribute("flash", "portal.site.republish.started");
		return "redirect:/workbench/portal/sites";
	}
}
