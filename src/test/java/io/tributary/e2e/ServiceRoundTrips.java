package io.tributary.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hbase.HBaseConfiguration;
import org.apache.hadoop.hbase.TableName;
import org.apache.hadoop.hbase.client.Admin;
import org.apache.hadoop.hbase.client.ColumnFamilyDescriptorBuilder;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.hadoop.hbase.client.ConnectionFactory;
import org.apache.hadoop.hbase.client.Get;
import org.apache.hadoop.hbase.client.Put;
import org.apache.hadoop.hbase.client.Table;
import org.apache.hadoop.hbase.client.TableDescriptorBuilder;
import org.apache.hadoop.hbase.util.Bytes;
import org.apache.hadoop.hive.metastore.HiveMetaStoreClient;
import org.apache.hadoop.hive.metastore.api.Database;
import org.apache.hadoop.hive.metastore.api.FieldSchema;
import org.apache.hadoop.hive.metastore.api.SerDeInfo;
import org.apache.hadoop.hive.metastore.api.StorageDescriptor;
import org.apache.hadoop.hive.metastore.conf.MetastoreConf;
import org.apache.hadoop.hive.metastore.conf.MetastoreConf.ConfVars;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes a little data into each service with its real client, and checks it is there. */
final class ServiceRoundTrips {
    private static final org.apache.hadoop.fs.Path FILE = new org.apache.hadoop.fs.Path("/e2e/hello.txt");
    private static final String FILE_TEXT = "hello from the end-to-end test\n";
    private static final String DB = "e2e_db";
    private static final String TABLE = "events";
    private static final TableName HBASE_TABLE = TableName.valueOf("e2e_cells");
    private static final byte[] FAMILY = Bytes.toBytes("d");
    private static final String TOPIC = "e2e-events";
    private static final List<String> MESSAGES = List.of("one", "two", "three");

    private final String host;
    private final int hdfsPort;
    private final int metastorePort;
    private final int zookeeperPort;
    private final int kafkaPort;

    ServiceRoundTrips(String host, int hdfsPort, int metastorePort, int zookeeperPort, int kafkaPort) {
        this.host = host;
        this.hdfsPort = hdfsPort;
        this.metastorePort = metastorePort;
        this.zookeeperPort = zookeeperPort;
        this.kafkaPort = kafkaPort;
    }

    void writeAll() throws Exception {
        try (FileSystem fs = hdfs(); FSDataOutputStream out = fs.create(FILE, true)) {
            out.write(FILE_TEXT.getBytes(StandardCharsets.UTF_8));
        }
        HiveMetaStoreClient hms = metastore();
        try {
            hms.createDatabase(new Database(DB, "end-to-end test", null, Map.of()));
            hms.createTable(table());
        } finally {
            hms.close();
        }
        try (Connection hbase = hbase(); Admin admin = hbase.getAdmin()) {
            admin.createTable(TableDescriptorBuilder.newBuilder(HBASE_TABLE)
                .setColumnFamily(ColumnFamilyDescriptorBuilder.of(FAMILY)).build());
            try (Table t = hbase.getTable(HBASE_TABLE)) {
                t.put(new Put(Bytes.toBytes("r1")).addColumn(FAMILY, Bytes.toBytes("q"), Bytes.toBytes("v1")));
            }
        }
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(kafka())) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
        }
        Properties p = kafka();
        p.put("acks", "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            for (String m : MESSAGES) {
                producer.send(new ProducerRecord<>(TOPIC, m, m)).get();
            }
        }
    }

    void verifyAll() throws Exception {
        try (FileSystem fs = hdfs(); FSDataInputStream in = fs.open(FILE)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(FILE_TEXT);
        }
        HiveMetaStoreClient hms = metastore();
        try {
            assertThat(hms.getAllDatabases()).contains(DB);
            assertThat(hms.getAllTables(DB)).containsExactly(TABLE);
            org.apache.hadoop.hive.metastore.api.Table t = hms.getTable(DB, TABLE);
            assertThat(t.getSd().getCols()).extracting(FieldSchema::getName).containsExactly("id", "note");
            try (FileSystem fs = hdfs()) {
                assertThat(fs.exists(new org.apache.hadoop.fs.Path(t.getSd().getLocation())))
                    .as("table folder %s on HDFS", t.getSd().getLocation()).isTrue();
            }
        } finally {
            hms.close();
        }
        try (Connection hbase = hbase(); Table t = hbase.getTable(HBASE_TABLE)) {
            byte[] value = t.get(new Get(Bytes.toBytes("r1"))).getValue(FAMILY, Bytes.toBytes("q"));
            assertThat(value).isNotNull();
            assertThat(Bytes.toString(value)).isEqualTo("v1");
        }
        assertThat(consumeFromStart()).containsExactlyElementsOf(MESSAGES);
    }

    private List<String> consumeFromStart() {
        Properties p = kafka();
        p.put("enable.auto.commit", "false");
        TopicPartition partition = new TopicPartition(TOPIC, 0);
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seek(partition, 0);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (values.size() < MESSAGES.size() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    values.add(r.value());
                }
            }
        }
        return values;
    }

    private org.apache.hadoop.hive.metastore.api.Table table() {
        StorageDescriptor sd = new StorageDescriptor();
        sd.setCols(List.of(new FieldSchema("id", "bigint", "event id"), new FieldSchema("note", "string", "free text")));
        sd.setInputFormat("org.apache.hadoop.mapred.TextInputFormat");
        sd.setOutputFormat("org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat");
        SerDeInfo serde = new SerDeInfo();
        serde.setSerializationLib("org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe");
        serde.setParameters(Map.of("field.delim", ","));
        sd.setSerdeInfo(serde);
        org.apache.hadoop.hive.metastore.api.Table t = new org.apache.hadoop.hive.metastore.api.Table();
        t.setDbName(DB);
        t.setTableName(TABLE);
        t.setOwner("e2e");
        t.setTableType("EXTERNAL_TABLE");
        t.setParameters(Map.of("EXTERNAL", "TRUE"));
        t.setSd(sd);
        return t;
    }

    private FileSystem hdfs() throws Exception {
        return FileSystem.newInstance(URI.create("hdfs://" + host + ":" + hdfsPort), new Configuration());
    }

    private HiveMetaStoreClient metastore() throws Exception {
        Configuration conf = MetastoreConf.newMetastoreConf();
        MetastoreConf.setVar(conf, ConfVars.THRIFT_URIS, "thrift://" + host + ":" + metastorePort);
        return new HiveMetaStoreClient(conf);
    }

    private Connection hbase() throws Exception {
        Configuration conf = HBaseConfiguration.create();
        conf.set("hbase.zookeeper.quorum", host);
        conf.setInt("hbase.zookeeper.property.clientPort", zookeeperPort);
        return ConnectionFactory.createConnection(conf);
    }

    private Properties kafka() {
        Properties p = new Properties();
        p.put("bootstrap.servers", host + ":" + kafkaPort);
        return p;
    }
}
