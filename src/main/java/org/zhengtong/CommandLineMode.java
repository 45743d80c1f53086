package org.zhengtong;

/** Tells a command invocation ({@code audit verify}) from a normal web start. */
final class CommandLineMode {

	private CommandLineMode() {
	}

	static boolean isCommand(String[] args) {
		return args.length > 0 && !args[0].startsWith("-");
	}
}
