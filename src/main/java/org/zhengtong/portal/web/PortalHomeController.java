package org.zhengtong.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The county portal's home page (首页). */
@Controller
class PortalHomeController {

	static final String VIEW = "portal/home";

	@GetMapping("/")
	String home() {
		return VIEW;
	}
}
