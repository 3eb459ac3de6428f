package io.tributary.customers.table;

/** One column of a registered table: name, Hive type and the comment analysts read. */
public record Column(String name, String hiveType, String comment) {
}
