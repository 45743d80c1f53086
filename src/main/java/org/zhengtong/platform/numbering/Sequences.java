package org.zhengtong.platform.numbering;

import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 编号序列 — gapless, duplicate-free counters for receipt numbers (受理编号) and document numbers
 * (发文字号 〔2026〕12号), one counter per name and period (e.g. {@code services.receipt} /
 * {@code 20261122}, or {@code office.doc.县政办发} / {@code 2026}), on H2 and PostgreSQL alike.
 *
 * <p>{@link #next} must run inside the caller's transaction, the one that stores the numbered
 * object: it increments the counter row with an {@code UPDATE}, which locks the row until that
 * transaction ends, then reads the value back. If the caller rolls back, the increment rolls
 * back with it and the number is issued again to the next caller, so committed numbers have no
 * gaps; two transactions can never read the same value because the second waits on the lock.
 *
 * <p><b>Trade-off.</b> Gapless means serialised: while one transaction holds the number of a
 * name and period, every other transaction asking for the same name and period waits until it
 * commits or rolls back. Take the number as late as possible in the transaction (just before
 * it ends) and keep such transactions short. Different names or periods never wait on each
 * other. Formats that tolerate gaps and need high throughput should use a database sequence
 * instead; none of the platform's formats does today.
 */
@Component
public class Sequences {

	private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._\\-]{1,100}");

	private static final Pattern PERIOD = Pattern.compile("[\\p{L}\\p{N}._\\-]{0,20}");

	private final JdbcClient jdbc;

	Sequences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The next number (1, 2, 3 …) of the counter {@code name} in {@code period} (use {@code ""}
	 * for a counter that never restarts). Requires an active transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long next(String name, String period) {
		if (name == null || !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Invalid sequence name: " + name);
		}
		if (period == null || !PERIOD.matcher(period).matches()) {
			throw new IllegalArgumentException("Invalid sequence period: " + period);
		}
		if (increment(name, period) == 0) {
			// First number of this name and period. A concurrent creator makes this a no-op (it
			// waits for the other transaction on PostgreSQL); the UPDATE below then takes the lock.
			jdbc.sql("INSERT INTO plt_sequence (seq_name, period, next_value) VALUES (?, ?, 1) ON CONFLICT DO NOTHING")
				.params(name, period)
				.update();
			if (increment(name, period) == 0) {
				throw new IllegalStateException("Sequence row " + name + "/" + period + " could not be created");
			}
		}
		return jdbc.sql("SELECT next_value - 1 FROM plt_sequence WHERE seq_name = ? AND period = ?")
			.params(name, period)
			.query(Long.class)
			.single();
	}

	private int increment(String name, String period) {
		return jdbc.sql("UPDATE plt_sequence SET next_value = next_value + 1 WHERE seq_name = ? AND period = ?")
			.params(name, period)
			.update();
	}
}
