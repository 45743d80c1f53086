package org.zhengtong.audit.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.zhengtong.audit.AuditVerification;
import org.zhengtong.audit.VerificationResult;

/**
 * {@code java -jar zhengtong.jar audit verify}: verifies the trail and prints one line, in Chinese
 * and English, naming the first bad row. Exit status 0 when intact, 1 when not, 2 for a wrong command.
 */
@Component
@Profile("command")
class AuditVerifyCommand implements ApplicationRunner, ExitCodeGenerator {

	static final int INTACT = 0;

	static final int BROKEN = 1;

	static final int USAGE = 2;

	private final AuditVerification verification;

	private final MessageSource messages;

	private final PrintStream out;

	private int exitCode = INTACT;

	@Autowired
	AuditVerifyCommand(AuditVerification verification, MessageSource messages) {
		this(verification, messages, new PrintStream(System.out, true, StandardCharsets.UTF_8));
	}

	AuditVerifyCommand(AuditVerification verification, MessageSource messages, PrintStream out) {
		this.verification = verification;
		this.messages = messages;
		this.out = out;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> command = args.getNonOptionArgs();
		if (command.isEmpty() || !"audit".equals(command.get(0))) {
			return; // another module's command
		}
		if (command.size() != 2 || !"verify".equals(command.get(1))) {
			out.println(both("audit.cli.usage"));
			exitCode = USAGE;
			return;
		}
		VerificationResult result = verification.verify();
		out.println(line(result));
		exitCode = result.intact() ? INTACT : BROKEN;
	}

	String line(VerificationResult result) {
		if (result.intact()) {
			return both("audit.cli.intact", result.rowsChecked(), result.took().toMillis());
		}
		return both("audit.cli.broken", result.firstBadSeq(), result.problem().messageKey());
	}

	private String both(String key, Object... args) {
		return text(key, Locale.SIMPLIFIED_CHINESE, args) + " / " + text(key, Locale.ENGLISH, args);
	}

	private String text(String key, Locale locale, Object... args) {
		Object[] resolved = args.clone();
		for (int i = 0; i < resolved.length; i++) {
			if (resolved[i] instanceof String nested) {
				resolved[i] = messages.getMessage(nested, null, locale);
			}
		}
		return messages.getMessage(key, resolved, locale);
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}
}
