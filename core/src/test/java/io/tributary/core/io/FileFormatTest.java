package io.tributary.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FileFormatTest {

    @ParameterizedTest
    @CsvSource({
        "day1.jsonl, JSON_LINES, false",
        "day1.json, JSON_LINES, false",
        "day1.csv, CSV, false",
        "day1.log, POS_LOG, false",
        "day1.jsonl.gz, JSON_LINES, true",
        "day1.json.gz, JSON_LINES, true",
        "day1.csv.gz, CSV, true",
        "day1.log.gz, POS_LOG, true",
        "/raw/source=files/ingest_date=2026-11-26/a.b.CSV.GZ, CSV, true",
        "C:\\in\\pos.Log, POS_LOG, false",
    })
    void toldByTheExtension(String name, RecordFormat format, boolean gzip) {
        assertThat(FileFormat.of(name)).contains(new FileFormat(format, gzip));
    }

    @ParameterizedTest
    @ValueSource(strings = {"day1.txt", "day1.gz", "day1.csv.zip", "day1.jsonl.gz.tmp", "csv", "day1.csv/", "day1"})
    void unknownExtensions(String name) {
        assertThat(FileFormat.of(name)).isEmpty();
    }
}
