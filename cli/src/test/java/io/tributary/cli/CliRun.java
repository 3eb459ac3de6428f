package io.tributary.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Test helper: runs the command tree in-process and captures exit code, stdout and stderr. */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun of(String... args) {
        CommandLine cl = CommandRunner.commandLine(new TributaryCli());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
