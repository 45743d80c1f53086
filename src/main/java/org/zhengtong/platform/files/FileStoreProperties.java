package org.zhengtong.platform.files;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * 文件库设置 ({@code zt.files.*}): where contents are kept, the largest upload, and the media
 * types accepted, as detected from the content (not the name).
 *
 * @param root directory of the contents, one file per SM3 hash
 * @param maxSize largest accepted upload
 * @param allowedTypes media types accepted; zip containers count as {@code application/ofd} or an
 * OOXML type only when they contain that format's entries
 */
@ConfigurationProperties("zt.files")
public record FileStoreProperties(Path root, @DefaultValue("20MB") DataSize maxSize,
		@DefaultValue({ "application/pdf", "application/ofd", "image/png", "image/jpeg", "image/gif",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				"text/plain" }) List<String> allowedTypes) {
}
