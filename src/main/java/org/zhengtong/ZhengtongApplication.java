package org.zhengtong;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * 政通 电子政务统一平台 — one modular monolith for a county or city government.
 *
 * <p>Started without arguments it serves the web application. Started with a command
 * ({@code java -jar zhengtong.jar audit verify}) it runs that command without a web server and
 * exits with the command's status.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "政通 Zhengtong", sharedModules = "platform")
public class ZhengtongApplication {

	public static void main(String[] args) {
		SpringApplication app = new SpringApplication(ZhengtongApplication.class);
		if (CommandLineMode.isCommand(args)) {
			app.setWebApplicationType(WebApplicationType.NONE);
			app.setAdditionalProfiles("command");
			System.exit(SpringApplication.exit(app.run(args)));
		}
		app.run(args);
	}
}
