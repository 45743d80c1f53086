package org.zhengtong.audit.internal;

import java.io.PrintStream;

import org.springframework.boot.ApplicationArguments;
import org.springframework.context.MessageSource;
import org.zhengtong.audit.AuditVerification;

/** Runs the package-private command with a captured output, outside command mode. */
public final class AuditVerifyCommandProbe {

	private AuditVerifyCommandProbe() {
	}

	public record Run(int exitCode, String output) {
	}

	public static int run(AuditVerification verification, MessageSource messages, PrintStream out,
			ApplicationArguments args) {
		AuditVerifyCommand command = new AuditVerifyCommand(verification, messages, out);
		command.run(args);
		return command.getExitCode();
	}
}
