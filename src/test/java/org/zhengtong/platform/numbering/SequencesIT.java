package org.zhengtong.platform.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.DatabaseIntegrationTest;
import org.zhengtong.platform.PlatformTestConfiguration;

@SpringBootTest
@AutoConfigureMockMvc
@Import(PlatformTestConfiguration.class)
class SequencesIT extends DatabaseIntegrationTest {

	private static final int THREADS = 8;

	private static final int TRANSACTIONS_PER_THREAD = 50;

	@Autowired
	Sequences sequences;

	@Autowired
	TransactionTemplate transactions;

	/** Unique per run: the PostgreSQL test database outlives a run. */
	private static String freshName(String prefix) {
		return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void concurrentTransactionsGetGaplessUniqueNumbersEvenWhenSomeRollBack() throws Exception {
		String name = freshName("test.receipt");
		ConcurrentLinkedQueue<Long> committed = new ConcurrentLinkedQueue<>();
		AtomicInteger rolledBack = new AtomicInteger();
		CountDownLatch startTogether = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<?>> workers = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				int thread = t;
				workers.add(pool.submit(() -> {
					startTogether.await();
					for (int i = 0; i < TRANSACTIONS_PER_THREAD; i++) {
						// Every fifth transaction fails after taking its number: the number must come back.
						boolean fail = (thread + i) % 5 == 0;
						Long number = transactions.execute(status -> {
							long taken = sequences.next(name, "2026");
							if (fail) {
								status.setRollbackOnly();
							}
							return taken;
						});
						if (fail) {
							rolledBack.incrementAndGet();
						}
						else {
							committed.add(number);
						}
					}
					return null;
				}));
			}
			startTogether.countDown();
			for (Future<?> worker : workers) {
				worker.get(2, TimeUnit.MINUTES);
			}
		}
		finally {
			pool.shutdownNow();
		}
		int expected = THREADS * TRANSACTIONS_PER_THREAD - rolledBack.get();
		assertThat(rolledBack.get()).isPositive();
		assertThat(committed).hasSize(expected);
		assertThat(committed.stream().sorted().toList())
			.as("committed numbers are exactly 1..N: no duplicate, no gap")
			.containsExactlyElementsOf(LongStream.rangeClosed(1, expected).boxed().toList());
		Long next = transactions.execute(status -> sequences.next(name, "2026"));
		assertThat(next).isEqualTo(expected + 1L);
	}

	@Test
	void eachPeriodCountsFromOne() {
		String name = freshName("test.doc");
		List<Long> numbers = transactions.execute(status -> List.of(sequences.next(name, "2026"),
				sequences.next(name, "2026"), sequences.next(name, "2027"), sequences.next(name, "")));
		assertThat(numbers).containsExactly(1L, 2L, 1L, 1L);
	}

	@Test
	void aNumberTakenInARolledBackTransactionIsIssuedAgain() {
		String name = freshName("test.receipt");
		Long first = transactions.execute(status -> {
			long taken = sequences.next(name, "20261122");
			status.setRollbackOnly();
			return taken;
		});
		Long again = transactions.execute(status -> sequences.next(name, "20261122"));
		assertThat(first).isEqualTo(1L);
		assertThat(again).isEqualTo(1L);
	}

	@Test
	void numbersAreOnlyIssuedInsideTheCallersTransaction() {
		assertThatThrownBy(() -> sequences.next(freshName("test.none"), "2026"))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

	@Test
	void namesAndPeriodsAreChecked() {
		transactions.executeWithoutResult(status -> {
			assertThatThrownBy(() -> sequences.next("bad name; drop table", "2026")).isInstanceOf(IllegalArgumentException.class);
			assertThatThrownBy(() -> sequences.next("test.ok", "x".repeat(21))).isInstanceOf(IllegalArgumentException.class);
			status.setRollbackOnly();
		});
	}
}
