package org.zhengtong.portal.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhengtong.portal.internal.Article;
import org.zhengtong.portal.internal.Channel;
import org.zhengtong.portal.internal.PortalStore;
import org.zhengtong.portal.internal.PublicationGuard;
import org.zhengtong.portal.internal.Site;
import org.zhengtong.portal.internal.StaticPublisher;

/** The county portal’s home page (首页): the latest news and notices link to the published pages. */
@Controller
class PortalHomeController {

	static final String VIEW = "portal/home";

	private final PortalStore store;

	private final PublicationGuard guard;

	PortalHomeController(PortalStore store, PublicationGuard guard) {
		this.store = store;
		this.guard = guard;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("news", latest("ywdt"));
		model.addAttribute("notices", latest("tzgg"));
		model.addAttribute("sites", store.sites().stream().filter(s -> s.parentCode() != null).toList());
		return VIEW;
	}

	private List<Link> latest(String channelCode) {
		Channel channel = store.channel("www", channelCode).orElse(null);
		if (channel == null) {
			return List.of();
		}
		return store.published(channel.id()).stream().filter(guard::publiclyVisible).limit(6)
			.map(a -> new Link(a, StaticPublisher.href("www", StaticPublisher.articlePath(channel, a.id()))))
			.toList();
	}

	/** An article and the address of its published page. */
	record Link(Article article, String href) {
	}

	static String siteHref(Site site) {
		return StaticPublisher.href(site.code(), "index.html");
	}
}
