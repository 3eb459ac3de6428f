package io.tributary.batch.table;

import io.tributary.batch.lake.LakePaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.hadoop.fs.Path;
import org.apache.orc.TypeDescription;

/**
 * The declaration of one table: where it lives, what its columns are and how it is partitioned. The ORC
 * schema of its files, its metastore entry ({@link MetastoreTables}) and its DDL ({@link HiveDdl}) are all
 * derived from this one declaration. The three tables the batch layer writes are in {@link Tables}.
 */
public final class TableSpec {
    private final String database;
    private final String databaseComment;
    private final String name;
    private final String comment;
    private final List<Column> columns;
    private final List<Column> partitionColumns;
    private final List<String> bloomFilterColumns;
    private final Function<LakePaths, Path> location;

    private TableSpec(Builder b) {
        this.database = Objects.requireNonNull(b.database, "database");
        this.databaseComment = Objects.requireNonNull(b.databaseComment, "databaseComment");
        this.name = Objects.requireNonNull(b.name, "name");
        this.comment = Objects.requireNonNull(b.comment, "comment");
        this.location = Objects.requireNonNull(b.location, "location");
        this.columns = List.copyOf(b.columns);
        this.partitionColumns = List.copyOf(b.partitionColumns);
        this.bloomFilterColumns = List.copyOf(b.bloomFilterColumns);
        List<String> names = allColumns().stream().map(Column::name).toList();
        if (names.stream().distinct().count() != names.size()) {
            throw new IllegalArgumentException(qualifiedName() + ": column names repeat: " + names);
        }
        for (String bloom : bloomFilterColumns) {
            columnIndex(bloom);
        }
    }

    public static Builder builder(String database, String name) {
        return new Builder(database, name);
    }

    public String database() {
        return database;
    }

    /** What the database holds; used when the database has to be created. */
    public String databaseComment() {
        return databaseComment;
    }

    public String name() {
        return name;
    }

    /** {@code database.name}, as analysts write it. */
    public String qualifiedName() {
        return database + "." + name;
    }

    public String comment() {
        return comment;
    }

    /** The columns stored in the files, in file order. */
    public List<Column> columns() {
        return columns;
    }

    /** The partition columns, outermost first; their values live in folder names, not in the files. */
    public List<Column> partitionColumns() {
        return partitionColumns;
    }

    /** Columns then partition columns: what {@code SELECT *} returns. */
    public List<Column> allColumns() {
        return Stream.concat(columns.stream(), partitionColumns.stream()).toList();
    }

    /** Columns whose ORC files carry bloom filters (point lookups by id). */
    public List<String> bloomFilterColumns() {
        return bloomFilterColumns;
    }

    /** Position of a stored column: its index in the ORC struct and in a row batch's {@code cols}. */
    public int columnIndex(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException(qualifiedName() + " has no stored column " + column);
    }

    /** The ORC schema of the table's files: the stored columns, in order. */
    public TypeDescription orcSchema() {
        TypeDescription struct = TypeDescription.createStruct();
        for (Column c : columns) {
            struct.addField(c.name(), c.orcType());
        }
        return struct;
    }

    /** The table's folder in the lake. */
    public Path location(LakePaths lake) {
        return location.apply(lake);
    }

    /** The folder of the table's database in the lake: {@code <root>/<database>}. */
    public Path databaseLocation(LakePaths lake) {
        return new Path(lake.root(), database);
    }

    /** A partition's folder, e.g. {@code <table>/event_date=2026-11-26}; published data lives in run folders below it. */
    public Path partitionFolder(LakePaths lake, PartitionValues values) {
        return new Path(location(lake), values.name(partitionColumns));
    }

    /**
     * Where one run writes one partition's files: {@code <table>/<partition>/<run-id>}. Each run writes a
     * new folder and then re-points the partition at it, so readers never see a half-written partition.
     */
    public Path runFolder(LakePaths lake, PartitionValues values, String runId) {
        if (runId == null || runId.isEmpty() || runId.contains("/")) {
            throw new IllegalArgumentException("run id must be a non-empty folder name: " + runId);
        }
        return new Path(partitionFolder(lake, values), runId);
    }

    @Override
    public String toString() {
        return qualifiedName();
    }

    /** Builds a spec; columns in the order they are added. */
    public static final class Builder {
        private final String database;
        private final String name;
        private String databaseComment = "";
        private String comment;
        private final List<Column> columns = new ArrayList<>();
        private final List<Column> partitionColumns = new ArrayList<>();
        private final List<String> bloomFilterColumns = new ArrayList<>();
        private Function<LakePaths, Path> location;

        private Builder(String database, String name) {
            this.database = database;
            this.name = name;
        }

        public Builder databaseComment(String text) {
            this.databaseComment = text;
            return this;
        }

        public Builder comment(String text) {
            this.comment = text;
            return this;
        }

        public Builder column(String columnName, String hiveType, String columnComment) {
            columns.add(Column.of(columnName, hiveType, columnComment));
            return this;
        }

        /** Several columns declared once elsewhere, e.g. where a row was read, shared by several tables. */
        public Builder columns(List<Column> declared) {
            columns.addAll(declared);
            return this;
        }

        public Builder partitionColumn(String columnName, String hiveType, String columnComment) {
            partitionColumns.add(Column.of(columnName, hiveType, columnComment));
            return this;
        }

        public Builder bloomFilters(String... columnNames) {
            bloomFilterColumns.addAll(List.of(columnNames));
            return this;
        }

        public Builder location(Function<LakePaths, Path> folder) {
            this.location = folder;
            return this;
        }

        public TableSpec build() {
            return new TableSpec(this);
        }
    }
}
