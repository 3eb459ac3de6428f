package io.tributary.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.cli.CliRun;
import io.tributary.cli.ExitCode;
import io.tributary.core.config.ConfigKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/CONFIGURATION.md holds, between two marker comments, exactly what
 * {@code tributary config describe --format markdown} prints; the rest of the page is written by hand.
 */
class ConfigurationDocTest {
    static final Path DOC = Path.of("..", "docs", "CONFIGURATION.md");
    static final String BEGIN = "<!-- BEGIN GENERATED: tributary config describe --format markdown -->\n";
    static final String END = "<!-- END GENERATED -->";

    @Test
    void theDocumentedKeysAreTheDeclaredOnes() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        assertThat(begin).as("marker " + BEGIN.trim() + " in " + DOC).isNotNegative();
        assertThat(end).as("marker " + END + " in " + DOC).isGreaterThan(begin);
        String documented = doc.substring(begin + BEGIN.length(), end);

        CliRun run = CliRun.of("config", "describe", "--format", "markdown");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(documented)
            .as(DOC + " is out of date: replace the lines between its markers with the output of "
                + "'./tributary config describe --format markdown'")
            .isEqualTo(run.out());
    }

    @Test
    void markdownHasOneRowPerKey() {
        String markdown = ConfigDocs.markdown(ConfigKeys.all());
        assertThat(markdown.lines().count()).isEqualTo(2 + ConfigKeys.all().size());
        assertThat(markdown).contains("| `fs.uri` | uri | `hdfs://<local.bind.host>:<local.hdfs.port>` | any uri |");
    }

    @Test
    void textNamesTypeDefaultValidValuesAndDoc() {
        CliRun run = CliRun.of("config", "describe", "speed.grace");
        assertThat(run.out()).isEqualTo("speed.grace\n"
            + "    type:     duration\n"
            + "    default:  10m\n"
            + "    valid:    zero or a positive duration\n"
            + "    " + ConfigKeys.SPEED_GRACE.doc() + "\n");
        assertThat(CliRun.of("config", "describe", "no.such.key").exitCode()).isEqualTo(ExitCode.USAGE);
    }
}
