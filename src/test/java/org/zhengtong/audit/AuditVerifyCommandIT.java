package org.zhengtong.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.MessageSource;
import org.zhengtong.audit.internal.AuditVerifyCommandProbe;

/** {@code java -jar zhengtong.jar audit verify}: one line in Chinese and English, and an exit status. */
class AuditVerifyCommandIT extends AuditIntegrationTest {

	@Autowired
	MessageSource messages;

	@Test
	void intactTrailPrintsTheRowCountAndExitsZero() {
		record("test.command.intact");

		AuditVerifyCommandProbe.Run run = run("audit", "verify");

		assertThat(run.exitCode()).isZero();
		assertThat(run.output()).contains("审计日志完整").contains("Audit trail intact");
	}

	@Test
	void brokenTrailNamesTheFirstBadRowAndExitsOne() {
		long target = record("test.command.tampered");
		record("test.command.after");
		try {
			jdbc.sql("UPDATE aud_entry SET action = 'test.command.innocent' WHERE seq = ?").param(target).update();

			AuditVerifyCommandProbe.Run run = run("audit", "verify");

			assertThat(run.exitCode()).isEqualTo(1);
			assertThat(run.output()).contains("第 " + target + " 条记录有问题：内容被篡改")
				.contains("record " + target + " is bad: content altered");
		}
		finally {
			jdbc.sql("UPDATE aud_entry SET action = 'test.command.tampered' WHERE seq = ?").param(target).update();
		}
	}

	@Test
	void unknownAuditCommandPrintsUsageAndExitsTwo() {
		assertThat(run("audit", "frobnicate").exitCode()).isEqualTo(2);
	}

	@Test
	void otherModulesCommandsAreLeftAlone() {
		AuditVerifyCommandProbe.Run run = run("demo", "generate");

		assertThat(run.exitCode()).isZero();
		assertThat(run.output()).isEmpty();
	}

	private AuditVerifyCommandProbe.Run run(String... args) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int exit = AuditVerifyCommandProbe.run(verification, messages,
				new PrintStream(bytes, true, StandardCharsets.UTF_8), new DefaultApplicationArguments(args));
		return new AuditVerifyCommandProbe.Run(exit, bytes.toString(StandardCharsets.UTF_8));
	}
}
