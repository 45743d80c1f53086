package org.zhengtong.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The demo logins a newcomer reads in the README are the ones the generator creates. */
class ReadmeDemoLoginsTest {

	@Test
	void readmeListsTheGeneratedDemoLogins() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		assertThat(readme).contains("`" + DemoAccounts.PASSWORD + "`")
			.contains("`" + DemoAccounts.CITIZEN_ID_NUMBER + "`")
			.contains("`" + DemoAccounts.CITIZEN_MOBILE + "`")
			.contains("`" + DemoAccounts.ENTERPRISE_CREDIT_CODE + "`");
		for (DemoStaff.Member member : DemoStaff.DOCUMENTED) {
			assertThat(readme).as(member.username()).contains("`" + member.username() + "`");
		}
	}
}
