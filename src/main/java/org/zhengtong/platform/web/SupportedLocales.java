package org.zhengtong.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Lets only the languages the platform has resources for through the language switch. */
class SupportedLocales implements HandlerInterceptor {

	private final LocaleChangeInterceptor delegate;

	SupportedLocales(LocaleChangeInterceptor delegate) {
		this.delegate = delegate;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws jakarta.servlet.ServletException {
		String lang = request.getParameter("lang");
		if (lang == null) {
			return true;
		}
		if ("en".equals(lang) || "zh-CN".equals(lang) || "zh_CN".equals(lang)) {
			return delegate.preHandle(request, response, handler);
		}
		return true;
	}
}
