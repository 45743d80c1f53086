package org.zhengtong.platform.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns coded failures into a page (or, for /api/, a JSON body) with the code and its message in
 * the visitor's language; not-found is a 404 page, never a 500.
 */
@ControllerAdvice
class ErrorPages {

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	static final String VIEW = "fragments/error";

	private final MessageSource messages;

	ErrorPages(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(CodedException.class)
	Object coded(CodedException ex, HttpServletRequest request, HttpServletResponse response, Locale locale) {
		String message = messages.getMessage(ex.code(), ex.arguments(), ex.code(), locale);
		return render(request, ex.status(), ex.code(), message);
	}

	@ExceptionHandler(NoResourceFoundException.class)
	Object noResource(HttpServletRequest request, Locale locale) {
		return render(request, HttpStatus.NOT_FOUND, "platform.not_found",
				messages.getMessage("platform.not_found", null, locale));
	}

	@ExceptionHandler(AccessDeniedException.class)
	Object denied(AccessDeniedException ex) {
		// Let Spring Security's entry point and access-denied handler decide (login page or 403).
		throw ex;
	}

	static Object render(HttpServletRequest request, HttpStatus status, String code, String message) {
		Object original = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
		String uri = original instanceof String value ? value : request.getRequestURI();
		if (uri.startsWith(request.getContextPath() + "/api/")) {
			return ResponseEntity.status(status)
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("code", code, "message", message, "status", status.value()));
		}
		if (status.is5xxServerError()) {
			log.error("Request {} failed with {}", request.getRequestURI(), code);
		}
		ModelAndView view = new ModelAndView(VIEW, status);
		view.addObject("errorCode", code);
		view.addObject("errorMessage", message);
		view.addObject("errorStatus", status.value());
		return view;
	}
}
