package io.tributary.batch.views;

import io.tributary.batch.curate.CustomerSnapshot;
import io.tributary.core.model.Customer;
import io.tributary.core.view.CustomerColumns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.apache.hadoop.hbase.TableName;
import org.apache.hadoop.hbase.client.Admin;
import org.apache.hadoop.hbase.client.BufferedMutator;
import org.apache.hadoop.hbase.client.ColumnFamilyDescriptorBuilder;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.hadoop.hbase.client.Delete;
import org.apache.hadoop.hbase.client.Put;
import org.apache.hadoop.hbase.client.Result;
import org.apache.hadoop.hbase.client.ResultScanner;
import org.apache.hadoop.hbase.client.Scan;
import org.apache.hadoop.hbase.client.Table;
import org.apache.hadoop.hbase.client.TableDescriptorBuilder;
import org.apache.hadoop.hbase.filter.KeyOnlyFilter;

/**
 * The serving layer's copy of the customer dimension ({@code tributary:customers}): the snapshot the run enriched
 * with, written row by row (a profile is one row, so each answer is consistent), and rows of customers no longer in
 * the snapshot (deleted) removed. Attributes the export does not carry (name, email) are not stored.
 */
final class CustomerCopy {
    private CustomerCopy() {
    }

    /** Returns how many customers were written. */
    static int load(Connection hbase, TableName table, CustomerSnapshot snapshot) throws IOException {
        try (Admin admin = hbase.getAdmin()) {
            if (!admin.tableExists(table)) {
                admin.createTable(TableDescriptorBuilder.newBuilder(table)
                    .setColumnFamily(ColumnFamilyDescriptorBuilder.of(CustomerColumns.FAMILY)).build());
            }
        }
        Set<String> current = new HashSet<>();
        try (BufferedMutator out = hbase.getBufferedMutator(table)) {
            for (Customer c : snapshot.customers()) {
                current.add(c.customerId());
                Put put = new Put(utf8(c.customerId()))
                    .addColumn(CustomerColumns.FAMILY, CustomerColumns.SEGMENT, utf8(c.segment().name()))
                    .addColumn(CustomerColumns.FAMILY, CustomerColumns.UPDATED_AT, utf8(c.updatedAt().toString()));
                if (c.country() != null) {
                    put.addColumn(CustomerColumns.FAMILY, CustomerColumns.COUNTRY, utf8(c.country()));
                }
                out.mutate(put);
            }
            try (Table t = hbase.getTable(table);
                 ResultScanner rows = t.getScanner(new Scan().setFilter(new KeyOnlyFilter()))) {
                for (Result r : rows) {
                    if (!current.contains(new String(r.getRow(), StandardCharsets.UTF_8))) {
                        out.mutate(new Delete(r.getRow()));
                    }
                }
            }
        }
        return current.size();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
