import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Build tool (run with "java AssembleCli.java", JDK 11+): writes one JBoss CLI script for a single embedded-server
 * session by concatenating the given parts in order. A part is a .cli file, a directory (its *.cli files, sorted by
 * name) or "template=FILE:IDS" - FILE repeated for each comma-separated id, with @ID@ = the id and @id@ = the id in
 * lower case.
 *
 * Usage: AssembleCli OUTPUT PART...
 */
public class AssembleCli {

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: AssembleCli OUTPUT PART...");
        }
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < args.length; i++) {
            String part = args[i];
            if (part.startsWith("template=")) {
                int sep = part.lastIndexOf(':');
                String template = read(Path.of(part.substring("template=".length(), sep)));
                for (String id : part.substring(sep + 1).split(",")) {
                    id = id.trim();
                    if (!id.isEmpty()) {
                        out.append(template.replace("@ID@", id).replace("@id@", id.toLowerCase(Locale.ROOT))).append('\n');
                    }
                }
            } else {
                Path path = Path.of(part);
                for (Path file : files(path)) {
                    out.append("# ---- ").append(file.getFileName()).append('\n').append(read(file)).append('\n');
                }
            }
        }
        Path output = Path.of(args[0]);
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, out.toString(), StandardCharsets.UTF_8);
    }

    private static List<Path> files(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> s = Files.list(path)) {
            return new ArrayList<>(s.filter(p -> p.toString().endsWith(".cli")).sorted().toList());
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
