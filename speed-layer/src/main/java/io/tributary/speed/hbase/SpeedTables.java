package io.tributary.speed.hbase;

import io.tributary.core.view.SpeedViewLayout;
import java.io.IOException;
import java.time.Duration;
import org.apache.hadoop.hbase.NamespaceDescriptor;
import org.apache.hadoop.hbase.NamespaceNotFoundException;
import org.apache.hadoop.hbase.TableExistsException;
import org.apache.hadoop.hbase.TableName;
import org.apache.hadoop.hbase.client.Admin;
import org.apache.hadoop.hbase.client.ColumnFamilyDescriptor;
import org.apache.hadoop.hbase.client.ColumnFamilyDescriptorBuilder;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.hadoop.hbase.client.TableDescriptor;
import org.apache.hadoop.hbase.client.TableDescriptorBuilder;
import org.apache.hadoop.hbase.util.Bytes;

/**
 * The speed layer's HBase tables and their layout (docs/SPEED-LAYER.md, "HBase layout"):
 *
 * <ul>
 *   <li>{@code <ns>:speed_view}, family {@code m}, one row per bucket ({@code customer_id 0x00 yyyyMMddHH currency}),
 *       8-byte big-endian longs; one version; TTL {@code speed.view.ttl} against event-time cell timestamps;</li>
 *   <li>{@code <ns>:meta}, family {@code s} (the speed layer's; other layers add their own families):
 *       row {@code speed:watermark} with one column {@code p<partition>} per input partition (Ws in epoch millis),
 *       rows {@code speed:late:yyyyMMddHH} with one column {@code p<partition>} (late events of that event hour),
 *       rows {@code speed:rejected:<REASON>} with one column {@code p<partition>} (records sent to the DLQ with that
 *       reason), row {@code speed:lag} with one column {@code p<partition>} (records not yet processed and committed;
 *       cell timestamp: when it was measured).</li>
 * </ul>
 * Creating them is idempotent: existing tables are left as they are (a missing {@code s} family is added to meta).
 */
public final class SpeedTables {
    // The layout is declared once, in core, where the serving layer reads it too.
    public static final byte[] VIEW_FAMILY = SpeedViewLayout.FAMILY;
    public static final byte[] META_FAMILY = SpeedViewLayout.META_FAMILY;
    public static final byte[] WATERMARK_ROW = SpeedViewLayout.WATERMARK_ROW;
    public static final String LATE_ROW_PREFIX = SpeedViewLayout.LATE_ROW_PREFIX;
    public static final String REJECTED_ROW_PREFIX = SpeedViewLayout.REJECTED_ROW_PREFIX;
    public static final byte[] LAG_ROW = SpeedViewLayout.LAG_ROW;

    public static final byte[] SEEN = SpeedViewLayout.SEEN;
    public static final byte[] LATE = SpeedViewLayout.LATE;
    public static final byte[] TXN_COUNT = SpeedViewLayout.TXN_COUNT;
    public static final byte[] APPROVED_COUNT = SpeedViewLayout.APPROVED_COUNT;
    public static final byte[] APPROVED_CENTS = SpeedViewLayout.APPROVED_CENTS;
    public static final byte[] DECLINED_COUNT = SpeedViewLayout.DECLINED_COUNT;
    public static final byte[] REVERSED_CENTS = SpeedViewLayout.REVERSED_CENTS;
    public static final byte[] KAFKA_COUNT = SpeedViewLayout.KAFKA_COUNT;

    private final String namespace;

    public SpeedTables(String namespace) {
        this.namespace = namespace;
    }

    public TableName view() {
        return TableName.valueOf(namespace, SpeedViewLayout.TABLE);
    }

    public TableName meta() {
        return TableName.valueOf(namespace, "meta");
    }

    /** The meta column of one input partition. */
    public static byte[] partitionColumn(int partition) {
        return Bytes.toBytes("p" + partition);
    }

    public void createIfMissing(Connection connection, Duration viewTtl) throws IOException {
        try (Admin admin = connection.getAdmin()) {
            try {
                admin.getNamespaceDescriptor(namespace);
            } catch (NamespaceNotFoundException e) {
                try {
                    admin.createNamespace(NamespaceDescriptor.create(namespace).build());
                } catch (org.apache.hadoop.hbase.NamespaceExistException raced) {
                    // another instance created it first
                }
            }
            create(admin, TableDescriptorBuilder.newBuilder(view()).setColumnFamily(ColumnFamilyDescriptorBuilder
                .newBuilder(VIEW_FAMILY).setMaxVersions(1).setTimeToLive((int) Math.min(Integer.MAX_VALUE,
                    viewTtl.toSeconds())).build()).build());
            ColumnFamilyDescriptor metaFamily = ColumnFamilyDescriptorBuilder.newBuilder(META_FAMILY).setMaxVersions(1).build();
            if (!create(admin, TableDescriptorBuilder.newBuilder(meta()).setColumnFamily(metaFamily).build())
                && !admin.getDescriptor(meta()).hasColumnFamily(META_FAMILY)) {
                admin.addColumnFamily(meta(), metaFamily);
            }
        }
    }

    /** True when this call created the table. */
    private static boolean create(Admin admin, TableDescriptor descriptor) throws IOException {
        if (admin.tableExists(descriptor.getTableName())) {
            return false;
        }
        try {
            admin.createTable(descriptor);
            return true;
        } catch (TableExistsException raced) {
            return false;
        }
    }
}
