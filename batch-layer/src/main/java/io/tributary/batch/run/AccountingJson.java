package io.tributary.batch.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tributary.core.accounting.Counts;
import io.tributary.core.accounting.RunAccounting;
import io.tributary.core.model.ReasonCode;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** Counts per source as JSON: in the run manifest, and in the side files reduce tasks hand to the driver. */
public final class AccountingJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private AccountingJson() {
    }

    public static ObjectNode bySource(RunAccounting accounting) {
        ObjectNode sources = MAPPER.createObjectNode();
        accounting.bySource().forEach((name, c) -> sources.set(name, counts(c)));
        return sources;
    }

    public static RunAccounting bySource(JsonNode sources) {
        TreeMap<String, Counts> bySource = new TreeMap<>();
        sources.properties().forEach(e -> bySource.put(e.getKey(), counts(e.getValue())));
        return new RunAccounting(bySource);
    }

    public static byte[] write(RunAccounting accounting) {
        try {
            return MAPPER.writeValueAsBytes(bySource(accounting));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static RunAccounting read(byte[] json) throws IOException {
        return bySource(MAPPER.readTree(json));
    }

    public static ObjectNode counts(Counts c) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("read", c.read()).put("curated", c.curated()).put("rejected", c.rejected())
            .put("duplicates", c.duplicates()).put("filtered", c.filtered())
            .put("unmatched_customer", c.unmatchedCustomer());
        ObjectNode reasons = n.putObject("errors_by_reason");
        c.errorsByReason().forEach((code, count) -> reasons.put(code.name(), count));
        return n;
    }

    public static Counts counts(JsonNode n) {
        Map<ReasonCode, Long> reasons = new EnumMap<>(ReasonCode.class);
        n.path("errors_by_reason").properties().forEach(e -> reasons.put(ReasonCode.valueOf(e.getKey()), e.getValue().asLong()));
        return new Counts(n.path("read").asLong(), n.path("curated").asLong(), n.path("rejected").asLong(),
            n.path("duplicates").asLong(), n.path("filtered").asLong(), n.path("unmatched_customer").asLong(), reasons);
    }
}
