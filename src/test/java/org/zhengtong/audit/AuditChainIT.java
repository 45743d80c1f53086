package org.zhengtong.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.audit.internal.EntryHashes;
import org.zhengtong.platform.audit.AuditActor;
import org.zhengtong.platform.audit.AuditRecord;

class AuditChainIT extends AuditIntegrationTest {

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void eachEntryTakesTheNextPositionAndLinksToTheOneBefore() {
		long first = record("test.chain.first");
		long second = record("test.chain.second");

		assertThat(second).isEqualTo(first + 1);
		assertThat(row(second).prevHash()).isEqualTo(row(first).hash());
		assertThat(EntryHashes.matches(row(second))).isTrue();
	}

	@Test
	void outsideARequestTheSystemIsTheActor() {
		// The test framework pretends every test runs in a request; a job or command does not.
		org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();

		long seq = record("test.chain.system");

		assertThat(row(seq).userId()).isEqualTo("system");
		assertThat(row(seq).sourceIp()).isNull();
	}

	@Test
	void signedInUserIsRecordedByNameWhenThePrincipalIsNotAnAuditActor() {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("wangfang", null,
					List.of(new SimpleGrantedAuthority("workbench.use"))));

		long seq = record("test.chain.named");

		assertThat(row(seq).userId()).isEqualTo("wangfang");
		assertThat(row(seq).roles()).isEqualTo("workbench.use");
	}

	@Test
	void actorGivenByTheCallerIsRecordedWithRolesAndOrganisation() {
		trail.record(AuditRecord.failure("identity.login", "user", 42)
			.by(AuditActor.of("42", "李明", "CLERK,DEPT_HEAD", "县市场监督管理局")));

		AuditEntry entry = row(entries.head().lastSeq());
		assertThat(entry.userName()).isEqualTo("李明");
		assertThat(entry.roles()).isEqualTo("CLERK,DEPT_HEAD");
		assertThat(entry.organisation()).isEqualTo("县市场监督管理局");
		assertThat(entry.result()).isEqualTo("FAILURE");
		assertThat(entry.targetId()).isEqualTo("42");
	}

	@Test
	void entryRolledBackWithItsChangeLeavesNoGap() {
		long before = entries.head().lastSeq();

		transactions.executeWithoutResult(status -> {
			trail.record(AuditRecord.success("test.chain.rolled_back", "test", null));
			status.setRollbackOnly();
		});
		long next = record("test.chain.after_rollback");

		assertThat(next).isEqualTo(before + 1);
		assertThat(row(next).action()).isEqualTo("test.chain.after_rollback");
	}

	@Test
	void concurrentRecordsFormOneUnbrokenChain() throws Exception {
		long before = entries.head().lastSeq();
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Callable<Void>> writers = new ArrayList<>();
			for (int w = 0; w < 6; w++) {
				int writer = w;
				writers.add(() -> {
					for (int i = 0; i < 10; i++) {
						trail.record(AuditRecord.success("test.chain.concurrent", "writer", writer));
					}
					return null;
				});
			}
			for (Future<Void> done : pool.invokeAll(writers)) {
				done.get();
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(entries.head().lastSeq()).isEqualTo(before + 60);
		assertThat(verification.verify().intact()).isTrue();
	}

	@Test
	void untouchedChainVerifiesIntact() {
		record("test.chain.happy");

		VerificationResult result = verification.verify();

		assertThat(result.intact()).as("%s", result).isTrue();
		assertThat(result.problem()).isNull();
		assertThat(result.rowsChecked()).isPositive();
		assertThat(result.lastSeq()).isEqualTo(entries.head().lastSeq());
	}

	@Test
	void longTextIsCutToFitRatherThanFailingTheCallersChange() {
		long seq = entries.head().lastSeq() + 1;
		trail.record(AuditRecord.success("test.chain.long", "test", "x".repeat(500)).withDetail("长".repeat(5000)));

		assertThat(row(seq).targetId()).hasSize(200);
		assertThat(row(seq).detail()).hasSize(4000);
		assertThat(EntryHashes.matches(row(seq))).isTrue();
	}
}
