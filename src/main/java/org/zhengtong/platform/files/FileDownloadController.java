package org.zhengtong.platform.files;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriUtils;
import org.zhengtong.platform.audit.AuditRecord;
import org.zhengtong.platform.audit.AuditTrail;
import org.zhengtong.platform.web.CodedException;

/**
 * 文件下载 — serves a stored file to whoever may read it, always as an attachment and never
 * sniffed by the browser. A file the reader may not see answers 404, exactly as an unknown id
 * does, so ids cannot be probed.
 */
@Controller
class FileDownloadController {

	static final String NOT_FOUND = "platform.files.not_found";

	private final FileStore store;

	private final FileAccess access;

	private final AuditTrail audit;

	FileDownloadController(FileStore store, FileAccess access, AuditTrail audit) {
		this.store = store;
		this.access = access;
		this.audit = audit;
	}

	@GetMapping("/files/{id}")
	ResponseEntity<Resource> download(@PathVariable String id, Authentication reader) {
		Optional<StoredFile> found = parse(id).flatMap(store::find);
		if (found.isEmpty() || !access.mayRead(found.get(), reader)) {
			audit.record(AuditRecord.failure("platform.files.download", "file", id.length() > 36 ? null : id));
			throw CodedException.notFound(NOT_FOUND);
		}
		StoredFile file = found.get();
		audit.record(AuditRecord.success("platform.files.download", "file", file.id()));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.contentLength(file.size())
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(file.originalName()))
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(new FileSystemResource(store.contentOf(file)));
	}

	/** RFC 6266 with an ASCII fallback name and the real name per RFC 5987 ({@code filename*=UTF-8''…}). */
	static String attachment(String name) {
		StringBuilder ascii = new StringBuilder();
		for (char c : name.toCharArray()) {
			ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != ';' ? c : '_');
		}
		return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
				+ UriUtils.encode(name, StandardCharsets.UTF_8);
	}

	private static Optional<UUID> parse(String id) {
		try {
			return id.length() == 36 ? Optional.of(UUID.fromString(id)) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}
}
