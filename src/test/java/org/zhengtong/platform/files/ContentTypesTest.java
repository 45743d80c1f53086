package org.zhengtong.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.util.Map;

class ContentTypesTest {

	@TempDir
	Path dir;

	private final ContentTypes types = new ContentTypes(defaults().allowedTypes());

	private static FileStoreProperties defaults() {
		return new Binder(new MapConfigurationPropertySource(Map.of("zt.files.root", "/tmp/x")))
			.bind("zt.files", Bindable.of(FileStoreProperties.class))
			.get();
	}

	private String detect(byte[] content) throws IOException {
		Path file = Files.write(dir.resolve("upload.bin"), content);
		return types.detect(file);
	}

	@Test
	void theDefaultsAllowTheCommonGovernmentFormats() {
		assertThat(defaults().allowedTypes()).containsExactly("application/pdf", "application/ofd", "image/png", "image/jpeg",
				"image/gif", ContentTypes.DOCX, ContentTypes.XLSX, "text/plain");
		assertThat(defaults().maxSize().toMegabytes()).isEqualTo(20);
	}

	@Test
	void typesAreDetectedFromTheBytes() throws IOException {
		assertThat(detect(SampleFiles.png())).isEqualTo("image/png");
		assertThat(detect(SampleFiles.image("jpg", Color.BLUE))).isEqualTo("image/jpeg");
		assertThat(detect(SampleFiles.image("gif", Color.GREEN))).isEqualTo("image/gif");
		assertThat(detect(SampleFiles.pdf())).isEqualTo("application/pdf");
		assertThat(detect(SampleFiles.text())).isEqualTo("text/plain");
		assertThat(detect(SampleFiles.docx())).isEqualTo(ContentTypes.DOCX);
		assertThat(detect(SampleFiles.ofd())).isEqualTo(ContentTypes.OFD);
		assertThat(detect(SampleFiles.plainZip())).isEqualTo(ContentTypes.ZIP);
		assertThat(detect(SampleFiles.html())).isEqualTo("text/html");
	}

	@Test
	void programsHtmlAndBareZipsAreNotAllowed() throws IOException {
		assertThat(types.isAllowed(detect(SampleFiles.exe()))).isFalse();
		assertThat(types.isAllowed(detect(SampleFiles.html()))).isFalse();
		assertThat(types.isAllowed(detect(SampleFiles.plainZip()))).isFalse();
		assertThat(types.isAllowed(detect(SampleFiles.ofd()))).isTrue();
	}

	@Test
	void theNameMustAgreeWithTheContent() {
		assertThat(types.nameAgrees("照片.png", "image/png")).isTrue();
		assertThat(types.nameAgrees("照片.PNG", "image/png")).isTrue();
		assertThat(types.nameAgrees("照片.jpeg", "image/jpeg")).isTrue();
		assertThat(types.nameAgrees("营业执照.pdf", "image/png")).isFalse();
		assertThat(types.nameAgrees("合同.pdf", "text/plain")).isFalse();
		assertThat(types.nameAgrees("报告.docx", ContentTypes.DOCX)).isTrue();
		assertThat(types.nameAgrees("公文.ofd", ContentTypes.OFD)).isTrue();
		assertThat(types.nameAgrees("扫描件", "application/pdf")).isTrue();
	}

	@Test
	void aNameWithoutExtensionGetsTheTypesOne() {
		assertThat(types.completeName("扫描件", "application/pdf")).isEqualTo("扫描件.pdf");
		assertThat(types.completeName("照片.png", "image/png")).isEqualTo("照片.png");
	}

	@Test
	void namesLoseTheirPathsAndControlCharacters() {
		assertThat(FileStore.cleanName("C:\\fakepath\\申请表.pdf")).isEqualTo("申请表.pdf");
		assertThat(FileStore.cleanName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(FileStore.cleanName("a\r\nb\".pdf")).isEqualTo("ab.pdf");
		assertThat(FileStore.cleanName(null)).isEqualTo("file");
		assertThat(FileStore.cleanName("长".repeat(300) + ".pdf")).hasSize(255).endsWith(".pdf");
	}

	@Test
	void theDownloadNameIsAnAttachmentInRfc5987Form() {
		assertThat(FileDownloadController.attachment("照片 1.png"))
			.isEqualTo("attachment; filename=\"__ 1.png\"; filename*=UTF-8''%E7%85%A7%E7%89%87%201.png");
		assertThat(FileDownloadController.attachment("a\";b.pdf")).startsWith("attachment; filename=\"a__b.pdf\"");
	}
}
