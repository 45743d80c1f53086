package org.zhengtong.platform.calendar;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** 设置特殊日 — what the administrator enters to add or change a holiday or adjusted working day. */
record DayForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @NotNull DayKind kind,
		@NotBlank @Size(max = 50) String name) {

	static DayForm empty() {
		return new DayForm(null, DayKind.HOLIDAY, "");
	}
}
