package io.tributary.batch.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The regular files below a folder, in a fixed order (by relative path), so landing is deterministic. */
final class SourceFolder {

    private SourceFolder() {
    }

    /**
     * @param file     the file
     * @param relative its path relative to the folder, with {@code /} separators
     */
    record SourceFile(Path file, String relative) {

        String name() {
            return file.getFileName().toString();
        }

        /** Hidden by the Hadoop convention: a name, or a folder on the way, starting with {@code .} or {@code _}. */
        boolean hidden() {
            for (String part : relative.split("/")) {
                if (part.startsWith(".") || part.startsWith("_")) {
                    return true;
                }
            }
            return false;
        }
    }

    static List<SourceFile> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                .map(f -> new SourceFile(f, relative(folder, f)))
                .sorted(Comparator.comparing(SourceFile::relative))
                .toList();
        }
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
