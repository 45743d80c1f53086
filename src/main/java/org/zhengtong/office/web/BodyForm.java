package org.zhengtong.office.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new version of the 正文 (sanitised before it is stored). */
record BodyForm(@NotBlank(message = "{office.field.required}") @Size(max = 200000, message = "{office.field.too_long}") String bodyHtml) {
}
