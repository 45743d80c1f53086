package org.zhengtong.office.web;

import jakarta.validation.constraints.Size;

import org.zhengtong.office.internal.Stage;

/** Completing a step: an opinion (意见), and for 退回 the step to return to. */
record StepForm(@Size(max = 1000, message = "{office.field.too_long}") String opinion, Stage returnTo) {
}
