package io.tributary.cli.generate;

/** The three record formats of CONTRACT §1.1-1.3. */
enum LineFormat {
    JSON, CSV, POS;

    LineRenderer renderer() {
        switch (this) {
            case JSON: return new JsonLineRenderer();
            case CSV: return new CsvLineRenderer();
            default: return new PosLineRenderer();
        }
    }
}
