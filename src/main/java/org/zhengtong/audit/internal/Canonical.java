package org.zhengtong.audit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * An unambiguous byte serialisation of a fixed sequence of fields, the input of every audit hash
 * and checkpoint signature. Each field is its UTF-8 length (4 bytes, -1 for null) followed by its
 * bytes, so ("ab","c") and ("a","bc") differ, as do null and "". Timestamps are UTC with exactly
 * six fraction digits, the precision both H2 and PostgreSQL keep.
 */
public final class Canonical {

	private static final DateTimeFormatter UTC_MICROS = DateTimeFormatter
		.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private final ByteArrayOutputStream out = new ByteArrayOutputStream(384);

	private Canonical(String tag) {
		text(tag);
	}

	/** Starts a serialisation with a type and version tag, so an entry can never pass for a checkpoint. */
	public static Canonical of(String tag) {
		return new Canonical(tag);
	}

	public Canonical text(String value) {
		if (value == null) {
			length(-1);
			return this;
		}
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		length(bytes.length);
		out.writeBytes(bytes);
		return this;
	}

	public Canonical number(long value) {
		return text(Long.toString(value));
	}

	public Canonical instant(Instant value) {
		return text(value == null ? null : UTC_MICROS.format(value));
	}

	public byte[] bytes() {
		return out.toByteArray();
	}

	/** The precision the trail stores: PostgreSQL would round nanoseconds, so they are cut off before. */
	public static Instant micros(Instant value) {
		return value.truncatedTo(ChronoUnit.MICROS);
	}

	private void length(int length) {
		out.write(length >>> 24);
		out.write(length >>> 16);
		out.write(length >>> 8);
		out.write(length);
	}
}
