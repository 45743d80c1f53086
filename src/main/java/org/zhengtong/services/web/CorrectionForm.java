package org.zhengtong.services.web;

import jakarta.validation.constraints.Size;

/** 补正材料 — the applicant's note with the corrected materials (the files come as parts). */
record CorrectionForm(@Size(max = 2000, message = "{services.apply.description.too_long}") String note) {
}
