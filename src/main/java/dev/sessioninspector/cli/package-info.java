/** The picocli command line: commands, options and exit codes. The only user of {@code System.out}. */
package dev.sessioninspector.cli;
