package org.zhengtong.platform.crypto;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the platform keystore lives and how it is opened ({@code zt.crypto.*}). */
@ConfigurationProperties("zt.crypto")
public record CryptoProperties(Path keystore, String keystorePassword) {
}
