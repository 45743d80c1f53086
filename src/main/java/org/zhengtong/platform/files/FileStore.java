package org.zhengtong.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.zhengtong.platform.audit.AuditRecord;
import org.zhengtong.platform.audit.AuditTrail;

/**
 * 文件库 — keeps uploads by the SM3 hash of their content under {@code zt.files.root}
 * ({@code ab/cd/abcd…}), so the same content is stored once however often it is uploaded, and
 * records each upload in {@code plt_file} with its own id, name and owner. Only allowed types,
 * detected from the content, and sizes up to {@code zt.files.max-size} are accepted; each store
 * and each refusal is audited.
 *
 * <p>Contents are written before the row and never deleted here: if the caller's transaction
 * rolls back, the content stays unreferenced (it may be shared with other uploads), which is
 * harmless and can be swept by a later clean-up job.
 */
@Service
public class FileStore {

	private static final int MAX_NAME = 255;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final ContentTypes types;

	private final Path root;

	private final long maxSize;

	private final String maxSizeText;

	FileStore(JdbcClient jdbc, AuditTrail audit, FileStoreProperties properties) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.types = new ContentTypes(properties.allowedTypes());
		this.root = properties.root().toAbsolutePath().normalize();
		this.maxSize = properties.maxSize().toBytes();
		this.maxSizeText = properties.maxSize().toMegabytes() + " MB";
	}

	/** Stores an uploaded form part for {@code ownerId}; see {@link #store(InputStream, String, String)}. */
	@Transactional(noRollbackFor = FileRejected.class)
	public StoredFile store(MultipartFile upload, String ownerId) {
		try (InputStream in = upload.getInputStream()) {
			return store(in, upload.getOriginalFilename(), ownerId);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Stores the content under the name it was uploaded with, for its owner.
	 *
	 * @throws FileRejected when empty, too large, of a type not allowed, or named as another type
	 */
	@Transactional(noRollbackFor = FileRejected.class)
	public StoredFile store(InputStream content, String originalName, String ownerId) {
		String name = cleanName(originalName);
		Path temp = receive(content, name);
		try {
			long size = Files.size(temp);
			String sm3 = sm3Hex(temp);
			String mediaType = types.detect(temp);
			if (!types.isAllowed(mediaType)) {
				throw reject(new FileRejected(FileRejected.TYPE_NOT_ALLOWED, HttpStatus.UNPROCESSABLE_ENTITY, name,
						mediaType, types.allowedExtensions()), mediaType);
			}
			if (!types.nameAgrees(name, mediaType)) {
				throw reject(new FileRejected(FileRejected.EXTENSION_MISMATCH, HttpStatus.UNPROCESSABLE_ENTITY, name,
						mediaType), mediaType);
			}
			moveIntoPlace(temp, sm3);
			StoredFile stored = new StoredFile(UUID.randomUUID(), sm3, size, mediaType, types.completeName(name, mediaType),
					ownerId, Instant.now().truncatedTo(ChronoUnit.MICROS));
			jdbc.sql("""
					INSERT INTO plt_file (id, sm3, size_bytes, media_type, original_name, owner_id, created_at)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(stored.id(), stored.sm3(), stored.size(), stored.mediaType(), stored.originalName(),
						stored.ownerId(), stored.createdAt().atOffset(ZoneOffset.UTC))
				.update();
			// No file name in the trail: names often carry personal details (张三身份证.pdf).
			audit.record(AuditRecord.success("platform.files.store", "file", stored.id())
				.withDetail(mediaType + " " + size + " bytes sm3=" + sm3));
			return stored;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deleteQuietly(temp);
		}
	}

	public Optional<StoredFile> find(UUID id) {
		return jdbc.sql("""
				SELECT id, sm3, size_bytes, media_type, original_name, owner_id, created_at
				FROM plt_file WHERE id = ?""")
			.param(id)
			.query((rs, row) -> new StoredFile(rs.getObject("id", UUID.class), rs.getString("sm3").strip(),
					rs.getLong("size_bytes"), rs.getString("media_type"), rs.getString("original_name"),
					rs.getString("owner_id"), rs.getObject("created_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

	/** Where the file's content is on disk (read-only use). */
	public Path contentOf(StoredFile file) {
		return pathOf(file.sm3());
	}

	/** Copies the upload into a temporary file, refusing it as soon as it passes the size limit. */
	private Path receive(InputStream content, String name) {
		Path temp = null;
		try {
			Path tmpDir = Files.createDirectories(root.resolve("tmp"));
			temp = Files.createTempFile(tmpDir, "upload-", ".part");
			long total = 0;
			byte[] buffer = new byte[64 * 1024];
			try (OutputStream out = Files.newOutputStream(temp)) {
				int read;
				while ((read = content.read(buffer)) != -1) {
					total += read;
					if (total > maxSize) {
						throw reject(new FileRejected(FileRejected.TOO_LARGE, HttpStatus.PAYLOAD_TOO_LARGE, name, maxSizeText),
								null);
					}
					out.write(buffer, 0, read);
				}
			}
			if (total == 0) {
				throw reject(new FileRejected(FileRejected.EMPTY, HttpStatus.UNPROCESSABLE_ENTITY, name), null);
			}
			return temp;
		}
		catch (IOException ex) {
			deleteQuietly(temp);
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			deleteQuietly(temp);
			throw ex;
		}
	}

	private FileRejected reject(FileRejected rejection, String mediaType) {
		audit.record(AuditRecord.failure("platform.files.store", "file", null)
			.withDetail(rejection.code() + (mediaType == null ? "" : " " + mediaType)));
		return rejection;
	}

	private void moveIntoPlace(Path temp, String sm3) throws IOException {
		Path target = pathOf(sm3);
		if (Files.exists(target)) {
			return;
		}
		Files.createDirectories(target.getParent());
		// Same hash, same bytes: if a concurrent upload got there first, replacing it is harmless.
		Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	private Path pathOf(String sm3) {
		if (!sm3.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("Not an SM3 hash: " + sm3);
		}
		return root.resolve(sm3.substring(0, 2)).resolve(sm3.substring(2, 4)).resolve(sm3);
	}

	/** Streaming SM3, the same digest as {@code SmCrypto.sm3Hex}, without holding the upload in memory. */
	private static String sm3Hex(Path file) throws IOException {
		SM3Digest digest = new SM3Digest();
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = Files.newInputStream(file)) {
			int read;
			while ((read = in.read(buffer)) != -1) {
				digest.update(buffer, 0, read);
			}
		}
		byte[] out = new byte[digest.getDigestSize()];
		digest.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}

	/** Keeps the last path segment (browsers may send C:\fakepath\…), without control characters. */
	static String cleanName(String originalName) {
		String name = originalName == null ? "" : originalName;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			name = "file";
		}
		if (name.length() > MAX_NAME) {
			String extension = ContentTypes.extension(name);
			int keep = MAX_NAME - (extension == null ? 0 : extension.length() + 1);
			name = name.substring(0, keep) + (extension == null ? "" : "." + extension);
		}
		return name;
	}

	private static void deleteQuietly(Path path) {
		if (path == null) {
			return;
		}
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			// A left-over temporary file is harmless; the upload's outcome does not depend on it.
		}
	}
}
