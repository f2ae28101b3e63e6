import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build tool (run with "java TenantDescriptor.java", JDK 11+): writes a deployment descriptor from a template whose
 * block between the lines "<!-- per tenant -->" and "<!-- end per tenant -->" is repeated for each tenant id, @ID@
 * replaced by it. Keeps the per-TSO beans in step with the one tenant list of the parent pom.
 *
 * Usage: TenantDescriptor TEMPLATE OUTPUT ID,ID,...
 */
public class TenantDescriptor {

    private static final String BEGIN = "<!-- per tenant -->";
    private static final String END = "<!-- end per tenant -->";

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: TenantDescriptor TEMPLATE OUTPUT ID,ID,...");
        }
        String template = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        int begin = template.indexOf(BEGIN);
        int end = template.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException(args[0] + " has no per-tenant block");
        }
        String block = template.substring(begin + BEGIN.length(), end);
        StringBuilder out = new StringBuilder(template.substring(0, begin));
        for (String id : args[2].split(",")) {
            if (!id.isBlank()) {
                out.append(block.replace("@ID@", id.trim()));
            }
        }
        out.append(template.substring(end + END.length()));
        Path output = Path.of(args[1]);
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, out.toString(), StandardCharsets.UTF_8);
    }
}
