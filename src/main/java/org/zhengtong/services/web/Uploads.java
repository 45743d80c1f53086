package org.zhengtong.services.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;

/** Upload fields are named {@code material-<materialId>}; this groups the parts by material. */
final class Uploads {

	static final String PREFIX = "material-";

	private Uploads() {
	}

	static Map<Long, List<MultipartFile>> byMaterial(MultiValueMap<String, MultipartFile> parts) {
		Map<Long, List<MultipartFile>> byMaterial = new HashMap<>();
		if (parts == null) {
			return byMaterial;
		}
		parts.forEach((name, files) -> {
			if (name.startsWith(PREFIX)) {
				try {
					byMaterial.put(Long.valueOf(name.substring(PREFIX.length())), files);
				}
				catch (NumberFormatException ex) {
					// A field we did not render: ignore it rather than fail the submission.
				}
			}
		});
		return byMaterial;
	}
}
