package io.tributary.speed.topology;

import io.tributary.core.customer.LatestChangeWins;
import io.tributary.core.model.CustomerChange;
import io.tributary.core.model.SourcePosition;
import io.tributary.core.parse.CustomerChangeCsvParser;
import io.tributary.core.parse.ParseResult;
import io.tributary.core.parse.Valid;
import io.tributary.core.parse.ValidationRules;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the global customer store: for each customer the winning change by the contract's rule (greatest
 * {@code updated_at}, ties to the later position), whatever order the rows arrive in. Kafka Streams also runs this
 * processor when it rebuilds the store from the topic, so a restore applies the same rule. Broken rows are
 * counted and logged; the batch layer writes them to {@code errors.customers} from the raw zone.
 */
final class CustomerChangeProcessor implements Processor<String, byte[], Void, Void> {
    private static final Logger LOG = LoggerFactory.getLogger(CustomerChangeProcessor.class);

    private final String storeName;
    private final CustomerChangeCsvParser parser;
    private final SpeedCounters counters;
    private ProcessorContext<Void, Void> context;
    private KeyValueStore<String, byte[]> store;

    CustomerChangeProcessor(String storeName, ValidationRules rules, SpeedCounters counters) {
        this.storeName = storeName;
        this.parser = new CustomerChangeCsvParser(rules);
        this.counters = counters;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        if (record.key() == null) {
            counters.customerRowRejected();
            return;
        }
        if (record.value() == null) {
            store.delete(record.key()); // a tombstone: the topic's owner removed the customer
            return;
        }
        RecordMetadata meta = context.recordMetadata().orElseThrow();
        SourcePosition position = SourcePosition.ofKafka(meta.topic(), meta.partition(), meta.offset(),
            Instant.ofEpochMilli(record.timestamp()));
        ParseResult<CustomerChange> result = parser.parse(record.value(), position);
        if (!result.isValid()) {
            counters.customerRowRejected();
            LOG.warn("customer change rejected: {}", result.rejection());
            return;
        }
        Valid<CustomerChange> change = result.valid();
        if (!change.value().customerId().equals(record.key())) {
            counters.customerRowRejected();
            LOG.warn("customer change keyed {} is about customer {}: skipped", record.key(), change.value().customerId());
            return;
        }
        byte[] stored = store.get(record.key());
        Valid<CustomerChange> winner = stored == null ? change
            : LatestChangeWins.newer(CustomerEntry.decode(record.key(), stored), change);
        if (winner == change) {
            store.put(record.key(), CustomerEntry.encode(change));
        }
    }
}
