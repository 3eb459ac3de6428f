package io.tributary.batch.show;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One JSON object per row and line, keys in column order; streams, so any number of rows is fine. */
final class JsonLinesPrinter implements RowPrinter {
    private final ObjectMapper json = new ObjectMapper();
    private final PrintWriter out;
    private final List<String> columns;

    JsonLinesPrinter(PrintWriter out, List<String> columns) {
        this.out = out;
        this.columns = columns;
    }

    @Override
    public void row(List<Object> values) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            object.put(columns.get(i), CellText.json(values.get(i)));
        }
        try {
            out.println(json.writeValueAsString(object));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void finish() {
        out.flush();
    }
}
