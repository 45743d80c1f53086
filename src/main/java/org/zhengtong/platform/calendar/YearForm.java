package org.zhengtong.platform.calendar;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 新增年度 — a year and the notice (发文依据) its holidays come from. */
record YearForm(@NotNull @Min(2000) @Max(2100) Integer year, @NotBlank @Size(max = 200) String basis) {

	static YearForm forYear(int year) {
		return new YearForm(year, "");
	}
}
