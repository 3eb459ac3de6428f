package io.tributary.benchmarks;

import io.tributary.core.io.RecordFileReader;
import io.tributary.core.model.Transaction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
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
 * Whole-file throughput in records per second on one thread: framing, the CSV header, parsing and validation,
 * from an in-memory file (no disk), as a batch job reads a landed file. The gzip variant adds decompression.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class FileReaderThroughput {

    static final int RECORDS = 10_000;

    private final RecordFileReader<Transaction> reader = RecordFileReader.forTransactions();
    private byte[] jsonFile;
    private byte[] jsonGzFile;
    private byte[] csvFile;
    private byte[] posFile;

    @Setup
    public void setUp() throws IOException {
        jsonFile = SampleRecords.file(null, SampleRecords.jsonLines(RECORDS));
        csvFile = SampleRecords.file(SampleRecords.csvHeader(), SampleRecords.csvRecords(RECORDS));
        posFile = SampleRecords.file(null, SampleRecords.posLines(RECORDS));
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(jsonFile);
        }
        jsonGzFile = gz.toByteArray();
    }

    private long read(String name, byte[] content, Blackhole bh) throws IOException {
        long records = reader.read(name, new ByteArrayInputStream(content), SampleRecords.INGEST, bh::consume).records();
        if (records != RECORDS) {
            throw new IllegalStateException(name + ": read " + records + " records, expected " + RECORDS);
        }
        return records;
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public long jsonFile(Blackhole bh) throws IOException {
        return read("day.jsonl", jsonFile, bh);
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public long jsonGzFile(Blackhole bh) throws IOException {
        return read("day.jsonl.gz", jsonGzFile, bh);
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public long csvFile(Blackhole bh) throws IOException {
        return read("day.csv", csvFile, bh);
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public long posFile(Blackhole bh) throws IOException {
        return read("day.log", posFile, bh);
    }
}
