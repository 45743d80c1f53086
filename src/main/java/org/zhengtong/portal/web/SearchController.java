package org.zhengtong.portal.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhengtong.portal.internal.PortalStore;
import org.zhengtong.portal.internal.SiteSearch;

/** 站内搜索 for the public: the whole site group or one site, with channel and date filters. */
@Controller
class SearchController {

	static final String VIEW = "portal/search";

	static final int SIZE = 10;

	private final SiteSearch search;

	private final PortalStore store;

	SearchController(SiteSearch search, PortalStore store) {
		this.search = search;
		this.store = store;
	}

	@GetMapping("/search")
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String site,
			@RequestParam(defaultValue = "") String channel, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "1") int page, Model model) {
		int safePage = Math.max(1, Math.min(page, 50));
		model.addAttribute("q", q);
		model.addAttribute("site", site);
		model.addAttribute("channel", channel);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("page", safePage);
		model.addAttribute("size", SIZE);
		model.addAttribute("sites", store.sites());
		Map<String, String> channels = new LinkedHashMap<>();
		store.allChannels().forEach(c -> channels.putIfAbsent(c.code(), c.name()));
		model.addAttribute("channelCodes", channels);
		if (!q.isBlank()) {
			model.addAttribute("results", search.search(new SiteSearch.SearchRequest(q.length() > 100 ? q.substring(0, 100) : q,
					site, channel, date(from), date(to), safePage, SIZE)));
		}
		return VIEW;
	}

	/** A malformed date is ignored rather than an error: the filter is a convenience. */
	private static LocalDate date(String value) {
		try {
			return value.isBlank() ? null : LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}
}
