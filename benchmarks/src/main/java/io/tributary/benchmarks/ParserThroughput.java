package io.tributary.benchmarks;

import io.tributary.core.model.SourcePosition;
import io.tributary.core.model.Transaction;
import io.tributary.core.parse.CsvTransactionParser;
import io.tributary.core.parse.JsonTransactionParser;
import io.tributary.core.parse.ParseResult;
import io.tributary.core.parse.PosLogParser;
import io.tributary.core.parse.RecordParser;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parsing and validation throughput per format, in records per second on one thread: each operation is one
 * record taken from a buffer, parsed, validated and turned into a result with its position and raw payload,
 * as the file reader does after framing. {@link #jsonKafkaMessages} is the speed layer's path: one message value
 * per array, used as the raw payload without copy.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ParserThroughput {

    static final int RECORDS = 10_000;

    private RecordSlices json;
    private RecordSlices csv;
    private RecordSlices pos;
    private byte[][] kafkaMessages;
    private final RecordParser<Transaction> jsonParser = new JsonTransactionParser();
    private final RecordParser<Transaction> csvParser = new CsvTransactionParser();
    private final RecordParser<Transaction> posParser = new PosLogParser();

    @Setup
    public void setUp() {
        String[] jsonLines = SampleRecords.jsonLines(RECORDS);
        json = new RecordSlices(jsonLines);
        csv = new RecordSlices(SampleRecords.csvRecords(RECORDS));
        pos = new RecordSlices(SampleRecords.posLines(RECORDS));
        kafkaMessages = new byte[RECORDS][];
        for (int i = 0; i < RECORDS; i++) {
            kafkaMessages[i] = jsonLines[i].getBytes(StandardCharsets.UTF_8);
        }
        requireAllValid(jsonParser, json, "JSON");
        requireAllValid(csvParser, csv, "CSV");
        requireAllValid(posParser, pos, "POS");
    }

    /** A benchmark of rejections would measure the wrong thing: fail fast if the sample data is not valid. */
    private static void requireAllValid(RecordParser<Transaction> parser, RecordSlices records, String format) {
        for (int i = 0; i < records.size(); i++) {
            ParseResult<Transaction> r = parser.parse(records.buffer, records.offsets[i], records.lengths[i], position("f", i));
            if (!r.isValid()) {
                throw new IllegalStateException(format + " sample record " + i + " is not valid: " + r);
            }
        }
    }

    private static SourcePosition position(String file, int i) {
        return SourcePosition.ofFile(file, i * 200L, i + 1L, SampleRecords.INGEST);
    }

    private static void parseAll(RecordParser<Transaction> parser, RecordSlices records, String file, Blackhole bh) {
        for (int i = 0; i < records.size(); i++) {
            bh.consume(parser.parse(records.buffer, records.offsets[i], records.lengths[i], position(file, i)));
        }
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void json(Blackhole bh) {
        parseAll(jsonParser, json, "day.jsonl", bh);
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void csv(Blackhole bh) {
        parseAll(csvParser, csv, "day.csv", bh);
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void pos(Blackhole bh) {
        parseAll(posParser, pos, "day.log", bh);
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void jsonKafkaMessages(Blackhole bh) {
        for (int i = 0; i < RECORDS; i++) {
            bh.consume(jsonParser.parse(kafkaMessages[i], SourcePosition.ofKafka("transactions", 0, i, SampleRecords.INGEST)));
        }
    }
}
