package org.zhengtong.platform.web;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;

/** The container's error path (/error), in Chinese, for errors that never reached a controller. */
@org.springframework.stereotype.Controller
class ErrorPageController implements ErrorController {

	private final MessageSource messages;

	ErrorPageController(MessageSource messages) {
		this.messages = messages;
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request, Locale locale) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		if (status == null) {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		String key = switch (status) {
			case NOT_FOUND -> "platform.not_found";
			case FORBIDDEN -> "platform.forbidden";
			case BAD_REQUEST, PAYLOAD_TOO_LARGE -> "platform.bad_request";
			default -> "platform.server_error";
		};
		return ErrorPages.render(request, status, key, messages.getMessage(key, null, locale));
	}
}
