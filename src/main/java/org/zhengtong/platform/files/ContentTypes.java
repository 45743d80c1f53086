package org.zhengtong.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * Decides what an upload is from its bytes alone (Apache Tika's magic numbers, plus a look inside
 * zip containers for OFD and OOXML), and whether its name agrees: a PNG named .pdf or a program
 * renamed .pdf is refused. The name is never used to detect, so it cannot talk a file in.
 */
class ContentTypes {

	static final String OFD = "application/ofd";

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

	static final String ZIP = "application/zip";

	/** Extensions a name may carry for a type; the first is added to names that have none. */
	private static final Map<String, List<String>> EXTENSIONS = Map.of(
			"application/pdf", List.of("pdf"),
			OFD, List.of("ofd"),
			"image/png", List.of("png"),
			"image/jpeg", List.of("jpg", "jpeg", "jpe", "jfif"),
			"image/gif", List.of("gif"),
			DOCX, List.of("docx"),
			XLSX, List.of("xlsx"),
			PPTX, List.of("pptx"),
			"text/plain", List.of("txt", "text", "log"),
			ZIP, List.of("zip"));

	private final Tika tika = new Tika();

	private final Set<String> allowed;

	ContentTypes(Collection<String> allowed) {
		this.allowed = new LinkedHashSet<>();
		allowed.forEach(type -> this.allowed.add(type.toLowerCase(Locale.ROOT).strip()));
	}

	/** The media type of the content, without parameters. */
	String detect(Path content) {
		String detected;
		try (InputStream in = TikaInputStream.get(content)) {
			detected = tika.detect(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		detected = detected.toLowerCase(Locale.ROOT);
		int parameters = detected.indexOf(';');
		if (parameters >= 0) {
			detected = detected.substring(0, parameters).strip();
		}
		return isZipFamily(detected) ? inspectZip(content) : detected;
	}

	boolean isAllowed(String mediaType) {
		return allowed.contains(mediaType);
	}

	/** True if the name has no extension, or one that this type is known by. */
	boolean nameAgrees(String name, String mediaType) {
		String extension = extension(name);
		return extension == null || extensions(mediaType).contains(extension);
	}

	/** The name, with the type's usual extension added when it has none (scan → scan.pdf). */
	String completeName(String name, String mediaType) {
		if (extension(name) != null) {
			return name;
		}
		List<String> known = extensions(mediaType);
		return known.isEmpty() ? name : name + "." + known.get(0);
	}

	/** Allowed extensions, for messages (PDF、OFD、PNG …). */
	String allowedExtensions() {
		Set<String> all = new LinkedHashSet<>();
		for (String type : allowed) {
			List<String> known = extensions(type);
			all.add(known.isEmpty() ? type : known.get(0).toUpperCase(Locale.ROOT));
		}
		return String.join("、", all);
	}

	private static List<String> extensions(String mediaType) {
		List<String> known = EXTENSIONS.get(mediaType);
		if (known != null) {
			return known;
		}
		try {
			MimeType type = MimeTypes.getDefaultMimeTypes().forName(mediaType);
			return type.getExtensions().stream().map(e -> e.substring(1).toLowerCase(Locale.ROOT)).toList();
		}
		catch (MimeTypeException ex) {
			return List.of();
		}
	}

	static String extension(String name) {
		int dot = name.lastIndexOf('.');
		if (dot < 0 || dot == name.length() - 1) {
			return null;
		}
		return name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static boolean isZipFamily(String type) {
		return type.equals(ZIP) || type.equals("application/x-tika-ooxml") || type.startsWith("application/vnd.openxmlformats");
	}

	/** A zip is OFD or OOXML only if it holds that format's root entries; anything else stays a zip. */
	private static String inspectZip(Path content) {
		try (ZipFile zip = new ZipFile(content.toFile())) {
			if (has(zip, "OFD.xml")) {
				return OFD;
			}
			if (has(zip, "[Content_Types].xml")) {
				if (has(zip, "word/document.xml")) {
					return DOCX;
				}
				if (has(zip, "xl/workbook.xml")) {
					return XLSX;
				}
				if (has(zip, "ppt/presentation.xml")) {
					return PPTX;
				}
			}
			return ZIP;
		}
		catch (IOException ex) {
			// Starts like a zip but is not a readable one.
			return "application/octet-stream";
		}
	}

	private static boolean has(ZipFile zip, String entry) {
		ZipEntry found = zip.getEntry(entry);
		return found != null && !found.isDirectory();
	}
}
