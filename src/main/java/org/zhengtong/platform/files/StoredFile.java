package org.zhengtong.platform.files;

import java.time.Instant;
import java.util.UUID;

/**
 * 已存文件 — one upload: its own id, the SM3 hash of its content (the same content uploaded twice
 * is kept once), the media type detected from the content, the name it was uploaded under and
 * its owner (the uploader's user id, as {@code AuditActor.auditUserId()} gives it).
 */
public record StoredFile(UUID id, String sm3, long size, String mediaType, String originalName, String ownerId,
		Instant createdAt) {
}
