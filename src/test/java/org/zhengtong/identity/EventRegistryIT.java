package org.zhengtong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.zhengtong.DatabaseIntegrationTest;
import org.zhengtong.identity.internal.AccountService;

/**
 * Events between modules survive a failing listener (as after a crash): the publication stays in
 * the JDBC registry until a listener completes, and is delivered again.
 */
@SpringBootTest
class EventRegistryIT extends DatabaseIntegrationTest {

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	FlakyListener listener;

	@Test
	void aRegistrationEventIsKeptUntilItsListenerCompletes() {
		String idNumber = IdentityFixtures.newIdNumber();
		listener.failNextDelivery();
		UserId id = accounts.registerCitizen("事件测试", idNumber, "13900000000", "Good@Pass1");

		await().atMost(Duration.ofSeconds(10)).until(() -> listener.attempted(id));
		assertThat(openPublications()).as("failed delivery stays in the registry").isPositive();
		assertThat(listener.received(id)).isFalse();

		incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof AccountRegistered event
				&& event.user().equals(id));
		await().atMost(Duration.ofSeconds(10)).until(() -> listener.received(id));
		await().atMost(Duration.ofSeconds(10)).until(() -> openPublications() == 0);
	}

	long openPublications() {
		return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND listener_id LIKE ?")
			.param("%FlakyListener%")
			.query(Long.class)
			.single();
	}

	@TestConfiguration
	static class Listeners {

		@Bean
		FlakyListener flakyListener() {
			return new FlakyListener();
		}
	}

	/** Fails once when told to, like a listener whose node crashed. Accessed through methods: it is proxied. */
	static class FlakyListener {

		private final AtomicBoolean failNext = new AtomicBoolean();

		private final List<UserId> attempts = new CopyOnWriteArrayList<>();

		private final List<UserId> received = new CopyOnWriteArrayList<>();

		void failNextDelivery() {
			failNext.set(true);
		}

		boolean attempted(UserId id) {
			return attempts.contains(id);
		}

		boolean received(UserId id) {
			return received.contains(id);
		}

		@ApplicationModuleListener
		void on(AccountRegistered event) {
			attempts.add(event.user());
			if (failNext.getAndSet(false)) {
				throw new IllegalStateException("simulated crash while handling " + event.user());
			}
			received.add(event.user());
		}
	}
}
