import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Build tool of FederationIT (run with "java FederationInstallations.java", JDK 17): turns two copies of the configured
 * server's base directory into two separate GridFlex installations that know each other as federation peers, the way
 * an operator would set up a real pair (README "Federation"):
 * <ul>
 * <li>each gets its own activation key (a new keystore under a new password; the copy's key is dropped);</li>
 * <li>each gets a CLI script (run offline by the pom): its name, its peer with the peer's public key, host, HTTP port
 * and the password of its account there, and the peer's bridge from server-config's templates/federation-peer.cli;</li>
 * <li>each holds the account of the other's bridge in its peer realm files;</li>
 * <li>links.properties (for the test) records names, key ids and link passwords.</li>
 * </ul>
 * Usage: FederationInstallations PEER_TEMPLATE OUT_DIR SERVER_CONFIG NAME:BASE_DIR:HTTP_PORT NAME:BASE_DIR:HTTP_PORT
 */
public class FederationInstallations {

    record Installation(String name, Path baseDir, int httpPort, String keystorePassword, String publicKey,
            String passwordAtPeer) {
    }

    public static void main(String[] args) throws Exception {
        String template = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        Path out = Path.of(args[1]);
        String serverConfig = args[2];
        List<Installation> installations = new ArrayList<>();
        for (int i = 3; i < 5; i++) {
            String[] parts = args[i].split(":");
            Path base = Path.of(parts[1]);
            Path keystore = base.resolve("configuration/gridflex-activation.p12");
            String password = random();
            Files.deleteIfExists(keystore);
            keytool(keystore, password);
            installations.add(new Installation(parts[0], base, Integer.parseInt(parts[2]), password,
                    publicKey(keystore, password), random()));
        }
        Files.createDirectories(out);
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < 2; i++) {
            Installation self = installations.get(i);
            Installation peer = installations.get(1 - i);
            String id = peer.name();
            String cli = String.join("\n",
                    "embed-server --server-config=" + serverConfig + " --std-out=discard",
                    "/system-property=gridflex.activation.keystore.password:write-attribute(name=value, value=\"" + self.keystorePassword() + "\")",
                    property("gridflex.federation.name", self.name()),
                    property("gridflex.federation.peers", id),
                    property("gridflex.federation.peer." + id + ".public-key", peer.publicKey()),
                    property("gridflex.federation.peer." + id + ".host", "127.0.0.1"),
                    property("gridflex.federation.peer." + id + ".port", Integer.toString(peer.httpPort())),
                    property("gridflex.federation.peer." + id + ".password", self.passwordAtPeer()),
                    template.replace("@ID@", id).replace("@id@", id.toLowerCase(Locale.ROOT)),
                    "stop-embedded-server", "");
            Files.writeString(out.resolve("configure-" + self.name() + ".cli"), cli, StandardCharsets.UTF_8);
            // the peer's bridge logs in here with the peer's name and the password the peer was given for this link
            Path config = self.baseDir().resolve("configuration");
            Files.writeString(config.resolve("gridflex-federation-peers.properties"),
                    id + "=" + peer.passwordAtPeer() + "\n", StandardCharsets.UTF_8);
            Files.writeString(config.resolve("gridflex-federation-peer-groups.properties"),
                    id + "=federation-peer\n", StandardCharsets.UTF_8);
            links.append(self.name()).append(".password-at-peer=").append(self.passwordAtPeer()).append('\n');
            links.append(self.name()).append(".public-key=").append(self.publicKey()).append('\n');
        }
        Files.writeString(out.resolve("links.properties"), links.toString(), StandardCharsets.UTF_8);
    }

    private static String property(String name, String value) {
        return "if (outcome != success) of /system-property=" + name + ":read-resource\n"
                + "    /system-property=" + name + ":add(value=\"" + value + "\")\nend-if\n"
                + "/system-property=" + name + ":write-attribute(name=value, value=\"" + value + "\")";
    }

    private static String random() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void keytool(Path keystore, String password) throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-keyalg", "Ed25519", "-alias", "node",
                "-dname", "CN=GridFlex activation signer", "-validity", "3650", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", password, "-keypass", password)
                .inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("keytool failed for " + keystore);
        }
    }

    private static String publicKey(Path keystore, String password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, password.toCharArray());
        }
        return Base64.getEncoder().encodeToString(store.getCertificate("node").getPublicKey().getEncoded());
    }
}
