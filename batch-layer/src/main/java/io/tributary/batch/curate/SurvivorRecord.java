package io.tributary.batch.curate;

import io.tributary.batch.stage.ByteReader;
import io.tributary.batch.stage.ByteWriter;
import io.tributary.core.model.Channel;
import io.tributary.core.model.SourceKind;
import io.tributary.core.model.SourcePosition;
import io.tributary.core.model.Transaction;
import io.tributary.core.model.TxnStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * A survivor between the dedup and the write job: the typed fields the curated table and the daily spend view
 * need, the enrichment decided in the dedup reducer, and where the record was read. The write job fills its ORC
 * rows from these fields as they are: no raw bytes travel (only error rows need them, and those are written by
 * the dedup job) and nothing is parsed a second time.
 *
 * <p>Binary form, integers as LEB128 varints ({@code zigzag}: signed), strings as varint length + UTF-8,
 * optional strings behind a 0/1 flag:
 * <pre>
 *   string    event_id
 *   string    customer_id
 *   optional  merchant_id
 *   zigzag    amount in cents
 *   string    currency
 *   zigzag    event time, epoch seconds;  varint  nanoseconds
 *   u8        channel, u8 status (enum ordinals)
 *   optional  country
 *   varint    schema version
 *   string    customer segment;  optional  customer country
 *   u8        source kind (enum ordinal)
 *   source    source name as a {@link SourceNames} reference
 *   varint    byte offset;  varint  line
 *   zigzag    ingest time, epoch seconds;  varint  nanoseconds
 *   u8        seen on Kafka: 1 when a valid copy of the event (the survivor or a duplicate) came through Kafka
 * </pre>
 * The form lives only between two jobs of one run, written and read by the same code, so it has no version
 * byte and enum ordinals are safe; it is never stored beyond the run.
 *
 * @param transaction     the surviving event
 * @param position        where it was read
 * @param customerSegment segment from the customer dimension ({@code UNKNOWN} when the customer is not known)
 * @param customerCountry country from the customer dimension, null when unknown
 * @param seenOnKafka     a valid copy of the event came through Kafka, the survivor or a duplicate of it: the speed
 *                        layer counted the event, so the batch view's {@code kafka_count} must too (otherwise an event
 *                        that also arrived in a file, whose file copy survived, would stay pending forever)
 */
public record SurvivorRecord(Transaction transaction, SourcePosition position, String customerSegment,
                             String customerCountry, boolean seenOnKafka) {
    private static final Channel[] CHANNELS = Channel.values();
    private static final TxnStatus[] STATUSES = TxnStatus.values();
    private static final SourceKind[] KINDS = SourceKind.values();

    public SurvivorRecord {
        Objects.requireNonNull(transaction, "transaction");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(customerSegment, "customerSegment");
        if (position.kind() == SourceKind.KAFKA && !seenOnKafka) {
            throw new IllegalArgumentException("a survivor read from Kafka was seen on Kafka");
        }
    }

    /** A survivor without duplicates: seen on Kafka when it was read there. */
    public SurvivorRecord(Transaction transaction, SourcePosition position, String customerSegment,
                          String customerCountry) {
        this(transaction, position, customerSegment, customerCountry, position.kind() == SourceKind.KAFKA);
    }

    /** Appends the binary form to {@code out}. */
    public void encode(ByteWriter out, SourceNames sources) {
        Transaction t = transaction;
        out.writeString(t.eventId());
        out.writeString(t.customerId());
        writeOptional(out, t.merchantId());
        out.writeSignedVarLong(t.amountCents());
        out.writeString(t.currency());
        writeInstant(out, t.eventTime());
        out.writeByte(t.channel().ordinal());
        out.writeByte(t.status().ordinal());
        writeOptional(out, t.country());
        out.writeVarLong(t.schemaVersion());
        out.writeString(customerSegment);
        writeOptional(out, customerCountry);
        out.writeByte(position.kind().ordinal());
        sources.write(out, position.sourceName());
        out.writeVarLong(position.offset());
        out.writeVarLong(position.line());
        writeInstant(out, position.ingestTime());
        out.writeByte(seenOnKafka ? 1 : 0);
    }

    /**
     * @throws IllegalArgumentException when the bytes are not a survivor record
     */
    public static SurvivorRecord decode(byte[] bytes, int off, int len, SourceNames sources) {
        ByteReader in = new ByteReader(bytes, off, len);
        String eventId = in.readString();
        String customerId = in.readString();
        String merchantId = readOptional(in);
        long cents = in.readSignedVarLong();
        String currency = in.readString();
        Instant eventTime = readInstant(in);
        Channel channel = CHANNELS[index(in, CHANNELS.length)];
        TxnStatus status = STATUSES[index(in, STATUSES.length)];
        String country = readOptional(in);
        int schemaVersion = (int) in.readVarLong();
        String segment = in.readString();
        String customerCountry = readOptional(in);
        SourceKind kind = KINDS[index(in, KINDS.length)];
        String source = sources.read(in);
        long offset = in.readVarLong();
        long line = in.readVarLong();
        Instant ingestTime = readInstant(in);
        boolean seenOnKafka = switch (in.readByte()) {
            case 0 -> false;
            case 1 -> true;
            default -> throw in.corrupt("bad seen-on-Kafka flag");
        };
        in.expectEnd();
        Transaction t = new Transaction(eventId, customerId, merchantId, cents, currency, eventTime, channel, status,
            country, schemaVersion);
        return new SurvivorRecord(t, new SourcePosition(kind, source, offset, line, ingestTime), segment,
            customerCountry, seenOnKafka);
    }

    private static void writeOptional(ByteWriter out, String s) {
        if (s == null) {
            out.writeByte(0);
        } else {
            out.writeByte(1);
            out.writeString(s);
        }
    }

    private static String readOptional(ByteReader in) {
        return switch (in.readByte()) {
            case 0 -> null;
            case 1 -> in.readString();
            default -> throw in.corrupt("bad optional flag");
        };
    }

    private static void writeInstant(ByteWriter out, Instant i) {
        out.writeSignedVarLong(i.getEpochSecond());
        out.writeVarLong(i.getNano());
    }

    private static Instant readInstant(ByteReader in) {
        long seconds = in.readSignedVarLong();
        long nanos = in.readVarLong();
        if (nanos > 999_999_999L) {
            throw in.corrupt("nanoseconds out of range: " + nanos);
        }
        return Instant.ofEpochSecond(seconds, nanos);
    }

    private static int index(ByteReader in, int count) {
        int i = in.readByte();
        if (i >= count) {
            throw in.corrupt("enum ordinal " + i + " of " + count);
        }
        return i;
    }
}
