package org.zhengtong.platform.web;

import org.springframework.http.HttpStatus;

/**
 * A failure a user can be told about: a stable code ({@code identity.user.not_found}) that is
 * also the message key of its Chinese and English text, the HTTP status it maps to, and the
 * message arguments. Each module defines its own subclasses or instances.
 */
public class CodedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String code;

	private final HttpStatus status;

	private final transient Object[] arguments;

	public CodedException(String code, HttpStatus status, Object... arguments) {
		super(code);
		this.code = code;
		this.status = status;
		this.arguments = arguments;
	}

	public static CodedException notFound(String code, Object... arguments) {
		return new CodedException(code, HttpStatus.NOT_FOUND, arguments);
	}

	public static CodedException conflict(String code, Object... arguments) {
		return new CodedException(code, HttpStatus.CONFLICT, arguments);
	}

	public static CodedException unprocessable(String code, Object... arguments) {
		return new CodedException(code, HttpStatus.UNPROCESSABLE_ENTITY, arguments);
	}

	public static CodedException forbidden(String code, Object... arguments) {
		return new CodedException(code, HttpStatus.FORBIDDEN, arguments);
	}

	public String code() {
		return code;
	}

	public HttpStatus status() {
		return status;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
