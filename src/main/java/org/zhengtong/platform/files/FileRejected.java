package org.zhengtong.platform.files;

import org.springframework.http.HttpStatus;
import org.zhengtong.platform.web.CodedException;

/**
 * An upload the file store refuses: empty ({@code platform.files.empty}), too large
 * ({@code platform.files.too_large}), of a type not allowed ({@code platform.files.type_not_allowed})
 * or named as something it is not ({@code platform.files.extension_mismatch}). Forms catch it and
 * show its message (with {@link #arguments()}) at the upload field.
 */
public class FileRejected extends CodedException {

	private static final long serialVersionUID = 1L;

	public static final String EMPTY = "platform.files.empty";

	public static final String TOO_LARGE = "platform.files.too_large";

	public static final String TYPE_NOT_ALLOWED = "platform.files.type_not_allowed";

	public static final String EXTENSION_MISMATCH = "platform.files.extension_mismatch";

	FileRejected(String code, HttpStatus status, Object... arguments) {
		super(code, status, arguments);
	}
}
