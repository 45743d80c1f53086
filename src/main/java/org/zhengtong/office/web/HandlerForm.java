package org.zhengtong.office.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** Adds a person (by user number) to the distribution and handling list. */
record HandlerForm(@NotNull(message = "{office.field.required}") @Positive(message = "{office.handler.user_id.invalid}") Long userId) {
}
