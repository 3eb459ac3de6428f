package io.tributary.batch.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.batch.lake.LakePaths;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.hive.metastore.api.FieldSchema;
import org.apache.hadoop.hive.metastore.api.Table;
import org.apache.orc.TypeDescription;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class TablesTest {
    private static final LakePaths LAKE = new LakePaths(new Path("hdfs://nn:8020/tributary"));

    static List<TableSpec> specs() {
        return Tables.all();
    }

    @ParameterizedTest
    @MethodSource("specs")
    void orcSchemaAndMetastoreColumnsAgreeInNameTypeAndOrder(TableSpec spec) {
        TypeDescription orc = spec.orcSchema();
        Table table = MetastoreTables.table(spec, spec.location(LAKE));
        List<FieldSchema> cols = table.getSd().getCols();

        assertThat(orc.getFieldNames()).containsExactlyElementsOf(cols.stream().map(FieldSchema::getName).toList());
        for (int i = 0; i < cols.size(); i++) {
            // Hive's type string and ORC's text form of the same type are the same text.
            assertThat(orc.getChildren().get(i).toString()).isEqualTo(cols.get(i).getType());
            assertThat(cols.get(i).getComment()).isNotBlank();
        }
        assertThat(table.getPartitionKeys()).extracting(FieldSchema::getName)
            .containsExactlyElementsOf(spec.partitionColumns().stream().map(Column::name).toList());
        assertThat(orc.getFieldNames()).doesNotContainAnyElementsOf(
            spec.partitionColumns().stream().map(Column::name).toList());
    }

    @ParameterizedTest
    @MethodSource("specs")
    void metastoreTableIsAnExternalOrcTableWithZstd(TableSpec spec) {
        Table table = MetastoreTables.table(spec, spec.location(LAKE));

        assertThat(table.getTableType()).isEqualTo("EXTERNAL_TABLE");
        assertThat(table.getParameters()).containsEntry("EXTERNAL", "TRUE")
            .containsEntry("orc.compress", "ZSTD")
            .containsEntry("comment", spec.comment());
        assertThat(table.getSd().getSerdeInfo().getSerializationLib()).isEqualTo("org.apache.hadoop.hive.ql.io.orc.OrcSerde");
        assertThat(table.getSd().getInputFormat()).isEqualTo("org.apache.hadoop.hive.ql.io.orc.OrcInputFormat");
        assertThat(table.getSd().getOutputFormat()).isEqualTo("org.apache.hadoop.hive.ql.io.orc.OrcOutputFormat");
        assertThat(table.getSd().getLocation()).isEqualTo(spec.location(LAKE).toString());
        assertThat(MetastoreTables.differences(spec, table)).isEmpty();
    }

    @Test
    void curatedTransactionsCarryBloomFiltersOnTheLookupIds() {
        Table table = MetastoreTables.table(Tables.CURATED_TRANSACTIONS, new Path("/x"));
        assertThat(table.getParameters()).containsEntry("orc.bloom.filter.columns", "event_id,customer_id")
            .containsEntry("orc.bloom.filter.fpp", "0.01");
        assertThat(MetastoreTables.table(Tables.CUSTOMER_DAILY_SPEND, new Path("/x")).getParameters())
            .doesNotContainKey("orc.bloom.filter.columns");
    }

    @Test
    void declaredShapes() {
        assertThat(Tables.CURATED_TRANSACTIONS.qualifiedName()).isEqualTo("curated.transactions");
        assertThat(Tables.CURATED_TRANSACTIONS.orcSchema().toString()).isEqualTo("struct<event_id:string,"
            + "customer_id:string,merchant_id:string,amount:decimal(14,2),currency:string,event_time:timestamp,"
            + "channel:string,status:string,country:string,schema_version:int,customer_segment:string,"
            + "customer_country:string,source:string,source_name:string,source_offset:bigint,source_line:bigint,"
            + "ingest_time:timestamp,run_id:string,seen_on_kafka:boolean>");
        assertThat(Tables.ERRORS_TRANSACTIONS.partitionColumns()).extracting(Column::name)
            .containsExactly("ingest_date", "event_date");
        assertThat(Tables.ERRORS_TRANSACTIONS.orcSchema().findSubtype("raw_payload").getCategory())
            .isEqualTo(TypeDescription.Category.BINARY);
        assertThat(Tables.CUSTOMER_DAILY_SPEND.orcSchema().toString()).isEqualTo("struct<customer_id:string,"
            + "currency:string,txn_count:bigint,approved_count:bigint,approved_amount:decimal(18,2),"
            + "declined_count:bigint,reversed_amount:decimal(18,2),kafka_count:bigint,customer_segment:string,"
            + "run_id:string>");
    }

    @Test
    void locationsFollowTheLakeLayout() {
        assertThat(Tables.CURATED_TRANSACTIONS.location(LAKE))
            .hasToString("hdfs://nn:8020/tributary/curated/transactions");
        assertThat(Tables.ERRORS_TRANSACTIONS.databaseLocation(LAKE)).hasToString("hdfs://nn:8020/tributary/errors");
        assertThat(Tables.CUSTOMER_DAILY_SPEND.location(LAKE))
            .hasToString("hdfs://nn:8020/tributary/views/customer_daily_spend");
        assertThat(Tables.ERRORS_TRANSACTIONS.runFolder(LAKE,
            PartitionValues.of(java.time.LocalDate.of(2026, 11, 27), null), "r-1"))
            .hasToString("hdfs://nn:8020/tributary/errors/transactions/ingest_date=2026-11-27/"
                + "event_date=__HIVE_DEFAULT_PARTITION__/r-1");
    }

    @Test
    void findsTablesByQualifiedName() {
        assertThat(Tables.find("views.customer_daily_spend")).contains(Tables.CUSTOMER_DAILY_SPEND);
        assertThat(Tables.find("views.nothing")).isEmpty();
    }

    @Test
    void differencesNameWhatDoesNotFit() {
        TableSpec spec = Tables.CUSTOMER_DAILY_SPEND;
        Table table = MetastoreTables.table(spec, new Path("/x"));
        table.getSd().getCols().get(2).setType("int");
        table.setTableType("MANAGED_TABLE");

        assertThat(MetastoreTables.differences(spec, table)).hasSize(2)
            .anySatisfy(d -> assertThat(d).contains("txn_count int").contains("txn_count bigint"))
            .anySatisfy(d -> assertThat(d).contains("MANAGED_TABLE"));
    }

    @Test
    void registeredTableReadsBackAsTheSameColumns() {
        Table table = MetastoreTables.table(Tables.ERRORS_TRANSACTIONS, new Path("file:/lake/errors/transactions"));
        RegisteredTable registered = MetastoreTables.registered(table);

        assertThat(registered.storedAsOrc()).isTrue();
        assertThat(registered.location()).isEqualTo("file:/lake/errors/transactions");
        assertThat(registered.spec().allColumns()).isEqualTo(Tables.ERRORS_TRANSACTIONS.allColumns());
    }

    @Test
    void rejectsBadDeclarations() {
        assertThatThrownBy(() -> Column.of("Amount", "string", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Column.of("amount", "STRING", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Column.of("amount", "string", "x".repeat(257)))
            .hasMessageContaining("256");
        assertThatThrownBy(() -> TableSpec.builder("d", "t").comment("c").location(LakePaths::root)
            .column("a", "string", "x").partitionColumn("a", "date", "y").build())
            .hasMessageContaining("repeat");
        assertThatThrownBy(() -> Tables.CURATED_TRANSACTIONS.columnIndex("event_date"))
            .hasMessageContaining("no stored column event_date");
    }
}
