package io.tributary.platform.probe;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.hbase.TableName;
import org.apache.hadoop.hbase.client.Admin;
import org.apache.hadoop.hbase.client.ColumnFamilyDescriptorBuilder;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.hadoop.hbase.client.ConnectionFactory;
import org.apache.hadoop.hbase.client.Get;
import org.apache.hadoop.hbase.client.Put;
import org.apache.hadoop.hbase.client.Table;
import org.apache.hadoop.hbase.client.TableDescriptorBuilder;
import org.apache.hadoop.hive.metastore.HiveMetaStoreClient;
import org.apache.hadoop.hive.metastore.api.Database;
import org.apache.hadoop.hive.metastore.api.NoSuchObjectException;
import org.apache.hadoop.hive.metastore.conf.MetastoreConf;
import org.apache.hadoop.hive.metastore.conf.MetastoreConf.ConfVars;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Deeper than a probe: writes a unique token into each service with its real client and reads it back.
 * What an operator runs after a deployment, and what the demo shows. The objects it leaves behind are
 * small and named {@code tributary_smoke} so they are easy to recognise.
 */
public final class RoundTrips {
    static final String NAME = "tributary_smoke";
    private static final byte[] FAMILY = "d".getBytes(StandardCharsets.UTF_8);
    private static final byte[] QUALIFIER = "token".getBytes(StandardCharsets.UTF_8);

    private final String token = UUID.randomUUID().toString();
    private final Duration timeout;

    public RoundTrips(Duration timeout) {
        this.timeout = timeout;
    }

    public String hdfs(URI fsUri) throws Exception {
        Path file = new Path("/tmp/" + NAME + "/" + token);
        try (FileSystem fs = FileSystem.newInstance(fsUri, new Configuration())) {
            try (FSDataOutputStream out = fs.create(file, true)) {
                out.write(token.getBytes(StandardCharsets.UTF_8));
            }
            String back;
            try (var in = fs.open(file)) {
                back = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            fs.delete(file, false);
            expect(back, "HDFS file " + file);
            return "wrote and read back " + file;
        }
    }

    public String metastore(String uri) throws Exception {
        Configuration conf = MetastoreConf.newMetastoreConf();
        MetastoreConf.setVar(conf, ConfVars.THRIFT_URIS, uri);
        MetastoreConf.setLongVar(conf, ConfVars.THRIFT_CONNECTION_RETRIES, 1);
        HiveMetaStoreClient client = new HiveMetaStoreClient(conf);
        try {
            try {
                client.getDatabase(NAME);
            } catch (NoSuchObjectException absent) {
                client.createDatabase(new Database(NAME, "round-trip checks of 'tributary local smoke'", null, Map.of()));
            }
            client.alterDatabase(NAME, withToken(client.getDatabase(NAME)));
            expect(client.getDatabase(NAME).getParameters().get("token"), "metastore database " + NAME);
            return "updated and read back database " + NAME;
        } finally {
            client.close();
        }
    }

    private Database withToken(Database db) {
        db.putToParameters("token", token);
        return db;
    }

    public String hbase(Configuration clientConf) throws Exception {
        TableName table = TableName.valueOf(NAME);
        try (Connection connection = ConnectionFactory.createConnection(clientConf); Admin admin = connection.getAdmin()) {
            if (!admin.tableExists(table)) {
                admin.createTable(TableDescriptorBuilder.newBuilder(table)
                    .setColumnFamily(ColumnFamilyDescriptorBuilder.of(FAMILY)).build());
            }
            byte[] row = token.getBytes(StandardCharsets.UTF_8);
            try (Table t = connection.getTable(table)) {
                t.put(new Put(row).addColumn(FAMILY, QUALIFIER, row));
                byte[] back = t.get(new Get(row)).getValue(FAMILY, QUALIFIER);
                expect(back == null ? null : new String(back, StandardCharsets.UTF_8), "HBase cell");
            }
            return "put and got back a cell of table " + NAME;
        }
    }

    public String kafka(String bootstrapServers) throws Exception {
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrapServers);
        props.put("request.timeout.ms", (int) timeout.toMillis());
        props.put("default.api.timeout.ms", (int) timeout.toMillis());
        String topic = NAME;
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(props)) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        Properties producerProps = new Properties();
        producerProps.putAll(props);
        producerProps.put("acks", "all");
        RecordMetadata sent;
        byte[] value = token.getBytes(StandardCharsets.UTF_8);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProps, new ByteArraySerializer(), new ByteArraySerializer())) {
            sent = producer.send(new ProducerRecord<>(topic, value)).get();
        }
        TopicPartition partition = new TopicPartition(topic, sent.partition());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seek(partition, sent.offset());
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.offset() == sent.offset()) {
                        expect(new String(r.value(), StandardCharsets.UTF_8), "Kafka message");
                        return "produced and consumed back offset " + sent.offset() + " of topic " + topic;
                    }
                }
            }
        }
        throw new IllegalStateException("the message produced at offset " + sent.offset() + " was not consumed back within "
            + timeout.toSeconds() + " s");
    }

    private void expect(String back, String what) {
        if (!token.equals(back)) {
            throw new IllegalStateException(what + " did not read back what was written");
        }
    }
}
