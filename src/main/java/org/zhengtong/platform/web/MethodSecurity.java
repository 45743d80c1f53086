package org.zhengtong.platform.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/** Every state change is guarded by {@code @PreAuthorize} on the module's application service or controller. */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class MethodSecurity {
}
