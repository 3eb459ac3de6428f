package io.tributary.core.io;

import io.tributary.core.model.CustomerChange;
import io.tributary.core.model.ReasonCode;
import io.tributary.core.model.SourcePosition;
import io.tributary.core.model.Transaction;
import io.tributary.core.parse.CsvHeader;
import io.tributary.core.parse.CsvTransactionParser;
import io.tributary.core.parse.CustomerChangeCsvParser;
import io.tributary.core.parse.JsonTransactionParser;
import io.tributary.core.parse.ParseResult;
import io.tributary.core.parse.PosLogParser;
import io.tributary.core.parse.RecordParser;
import io.tributary.core.parse.Rejection;
import io.tributary.core.parse.ValidationRules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

/**
 * Reads a whole file into parse results, one per record, in file order: format by file name, gzip, framing
 * ({@link RecordFramer}), the CSV header, size limit, then the format's parser. Bad data never throws: every
 * record read gives exactly one result, so the number of results is the file's {@code read} count.
 *
 * <p>Choices:
 * <ul>
 *   <li>CSV header: the first record of a CSV file must be the expected header, and is then not a record. When it
 *       differs, the file cannot be trusted column by column, so every record of the file, the first line included
 *       (it may be a data line of a file without header), is rejected as {@code MALFORMED_RECORD} with its raw
 *       bytes: nothing is lost, and the file can be fixed and replayed from the error table or the raw zone.</li>
 *   <li>A file that cannot be read to its end (a corrupt or truncated gzip stream) gives one {@code CORRUPT_FILE}
 *       result after the records read before the damage; its raw payload is the unfinished record's bytes read so
 *       far (at most 64 KiB, often empty), its position where reading stopped. The file itself stays in the raw
 *       zone. Reading of other files is not affected.</li>
 *   <li>A failure of the underlying stream (storage error) is not a data problem: it is thrown, so the job fails
 *       and is retried.</li>
 * </ul>
 *
 * <p>Not thread-safe (parsers are reused): one reader per thread.
 *
 * @param <T> the record type
 */
public final class RecordFileReader<T> {

    private final Map<RecordFormat, Supplier<RecordParser<T>>> parserFactories;
    private final Map<RecordFormat, RecordParser<T>> parsers = new EnumMap<>(RecordFormat.class);
    private final Map<RecordFormat, List<String>> headers;
    private final String what;

    private RecordFileReader(String what, Map<RecordFormat, Supplier<RecordParser<T>>> parserFactories,
                             Map<RecordFormat, List<String>> headers) {
        this.what = what;
        this.parserFactories = parserFactories;
        this.headers = headers;
    }

    /** A reader of transaction files in all three formats, and of Kafka archives ({@link KafkaArchiveFormat}). */
    public static RecordFileReader<Transaction> forTransactions(ValidationRules rules) {
        Map<RecordFormat, Supplier<RecordParser<Transaction>>> factories = new EnumMap<>(RecordFormat.class);
        factories.put(RecordFormat.JSON_LINES, () -> new JsonTransactionParser(rules));
        factories.put(RecordFormat.CSV, () -> new CsvTransactionParser(rules));
        factories.put(RecordFormat.POS_LOG, () -> new PosLogParser(rules));
        // Archived Kafka messages: each value is a JSON event, parsed exactly as the speed layer parses it.
        factories.put(RecordFormat.KAFKA_ARCHIVE, () -> new JsonTransactionParser(rules));
        return new RecordFileReader<>("transaction", factories, Map.of(RecordFormat.CSV, CsvTransactionParser.HEADER));
    }

    public static RecordFileReader<Transaction> forTransactions() {
        return forTransactions(ValidationRules.DEFAULT);
    }

    /** A reader of customer change files (CSV only). */
    public static RecordFileReader<CustomerChange> forCustomerChanges(ValidationRules rules) {
        Map<RecordFormat, Supplier<RecordParser<CustomerChange>>> factories = new EnumMap<>(RecordFormat.class);
        factories.put(RecordFormat.CSV, () -> new CustomerChangeCsvParser(rules));
        return new RecordFileReader<>("customer change", factories, Map.of(RecordFormat.CSV, CustomerChangeCsvParser.HEADER));
    }

    public static RecordFileReader<CustomerChange> forCustomerChanges() {
        return forCustomerChanges(ValidationRules.DEFAULT);
    }

    /** True when this reader can read a file of that name (a known extension of a format it supports). */
    public boolean supports(String path) {
        return FileFormat.of(path).map(f -> parserFactories.containsKey(f.format())).orElse(false);
    }

    /**
     * Reads the file's content, telling its format by {@code path}, and hands every result to {@code sink}.
     *
     * @param path       the file's path: the source name of every position, and its extension the format
     * @param in         the file's raw content (compressed if the name says {@code .gz}); not closed
     * @param ingestTime when the file was landed: the ingest time of its records
     * @throws IllegalArgumentException when {@link #supports(String)} is false for the path
     * @throws IOException              when {@code in} itself fails (not for bad data)
     */
    public ReadSummary read(String path, InputStream in, Instant ingestTime, Consumer<? super ParseResult<T>> sink)
        throws IOException {
        FileFormat format = FileFormat.of(path)
            .filter(f -> parserFactories.containsKey(f.format()))
            .orElseThrow(() -> new IllegalArgumentException("not a " + what + " file name (extension): " + path));
        return read(path, format, in, ingestTime, sink);
    }

    /** As {@link #read(String, InputStream, Instant, Consumer)} with the format given instead of told by the name. */
    public ReadSummary read(String path, FileFormat format, InputStream in, Instant ingestTime,
                            Consumer<? super ParseResult<T>> sink) throws IOException {
        Objects.requireNonNull(ingestTime, "ingestTime");
        RecordParser<T> parser = parsers.computeIfAbsent(format.format(), f -> {
            Supplier<RecordParser<T>> factory = parserFactories.get(f);
            if (factory == null) {
                throw new IllegalArgumentException(what + " files cannot be " + f);
            }
            return factory.get();
        });
        FailureTrackingInputStream source = new FailureTrackingInputStream(in);
        long records = 0;
        RecordFramer framer = null;
        try {
            InputStream content = format.gzip() ? new GZIPInputStream(source, 64 * 1024) : source;
            boolean archive = format.format() == RecordFormat.KAFKA_ARCHIVE;
            framer = archive
                ? new RecordFramer(content, false, KafkaArchiveFormat.MAX_LINE_BYTES)
                : new RecordFramer(content, format.format() == RecordFormat.CSV);
            ArchiveLines<T> archiveLines = archive ? new ArchiveLines<>(parser) : null;
            List<String> header = headers.get(format.format());
            boolean headerPending = header != null;
            String headerProblem = null;
            while (framer.next()) {
                SourcePosition position = SourcePosition.ofFile(path, framer.byteOffset(), framer.line(), ingestTime);
                byte[] b = framer.buffer();
                int off = framer.recordOffset();
                int len = framer.recordLength();
                if (archiveLines != null) {
                    ParseResult<T> message = archiveLines.read(framer, position);
                    if (message != null) {
                        records++;
                        sink.accept(message);
                    }
                    continue;
                }
                if (headerPending) {
                    headerPending = false;
                    if (!framer.isTooLarge() && CsvHeader.matches(b, off, len, header)) {
                        continue;
                    }
                    headerProblem = "the file's header " + quote(b, off, len) + " is not "
                        + String.join(",", header) + ": every record of the file is rejected";
                }
                ParseResult<T> result;
                if (framer.isTooLarge()) {
                    result = reject(ReasonCode.RECORD_TOO_LARGE, "record of " + framer.fullLength()
                        + " bytes is larger than " + framer.maxRecordBytes() + " bytes", b, off, len, position);
                } else if (headerProblem != null) {
                    result = reject(ReasonCode.MALFORMED_RECORD, headerProblem, b, off, len, position);
                } else {
                    result = parser.parse(b, off, len, position);
                }
                records++;
                sink.accept(result);
            }
            return new ReadSummary(records, framer.blankLinesSkipped(), false);
        } catch (IOException e) {
            if (source.failed() || !format.gzip()) {
                throw e;
            }
            SourcePosition where = framer == null
                ? SourcePosition.ofFile(path, 0, 1, ingestTime)
                : SourcePosition.ofFile(path, framer.nextByteOffset(), framer.nextLine(), ingestTime);
            byte[] unread = framer == null ? new byte[0] : framer.unframedBytes();
            sink.accept(ParseResult.rejected(new Rejection(ReasonCode.CORRUPT_FILE,
                "the gzip stream is corrupt after " + where.offset() + " bytes of content: " + e.getMessage(),
                unread, where)));
            return new ReadSummary(records + 1, framer == null ? 0 : framer.blankLinesSkipped(), true);
        }
    }

    private static <T> ParseResult<T> reject(ReasonCode reason, String message, byte[] b, int off, int len,
                                             SourcePosition position) {
        return ParseResult.rejected(new Rejection(reason, message, Arrays.copyOfRange(b, off, off + len), position));
    }

    /** The start of a record for a message: at most 100 characters, control characters shown as '?'. */
    private static String quote(byte[] b, int off, int len) {
        String s = new String(b, off, Math.min(len, 400), StandardCharsets.UTF_8);
        boolean cut = s.length() > 100;
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0, n = Math.min(s.length(), 100); i < n; i++) {
            char c = s.charAt(i);
            out.append(c < 0x20 || c == 0x7F ? '?' : c);
        }
        return out.append(cut ? "...\"" : "\"").toString();
    }
}
