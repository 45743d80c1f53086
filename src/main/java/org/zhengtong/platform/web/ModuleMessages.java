package org.zhengtong.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every module keeps its texts in {@code messages/<module>_zh_CN.properties} and
 * {@code messages/<module>_en.properties}; all bundles found are served, so a new module needs
 * no configuration. Simplified Chinese is the default and the fallback for a missing English text.
 */
@Configuration(proxyBeanMethods = false)
class ModuleMessages {

	static final String SUFFIX = "_zh_CN.properties";

	@Bean
	MessageSource messageSource() {
		ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
		source.setBasenames(basenames());
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
		source.setCacheSeconds(-1);
		return source;
	}

	static String[] basenames() {
		try {
			TreeSet<String> names = new TreeSet<>();
			for (Resource bundle : new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*" + SUFFIX)) {
				String file = bundle.getFilename();
				names.add("classpath:messages/" + file.substring(0, file.length() - SUFFIX.length()));
			}
			return names.toArray(String[]::new);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
