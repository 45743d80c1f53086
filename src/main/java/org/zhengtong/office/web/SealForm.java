package org.zhengtong.office.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new organisation seal: its name and validity. */
record SealForm(@NotBlank(message = "{office.field.required}") @Size(max = 100, message = "{office.field.too_long}") String name, @NotNull(message = "{office.field.required}") LocalDate validFrom, @NotNull(message = "{office.field.required}") LocalDate validTo) {
}
