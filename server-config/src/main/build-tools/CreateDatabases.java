import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Build tool (run with "java -cp postgresql.jar CreateDatabases.java", profile -Ppostgres): creates the PostgreSQL
 * databases gridflex_<id> for each comma-separated id if they do not exist yet, connecting to the database "postgres".
 * Connection from system properties gridflex.db.host/port/user/password (defaults 127.0.0.1, 5432, postgres, postgres).
 *
 * Usage: CreateDatabases IDS
 */
public class CreateDatabases {

    public static void main(String[] args) throws SQLException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CreateDatabases IDS");
        }
        String url = "jdbc:postgresql://" + System.getProperty("gridflex.db.host", "127.0.0.1") + ":"
                + System.getProperty("gridflex.db.port", "5432") + "/postgres";
        try (Connection c = DriverManager.getConnection(url, System.getProperty("gridflex.db.user", "postgres"),
                System.getProperty("gridflex.db.password", "postgres"))) {
            for (String id : args[0].split(",")) {
                id = id.trim();
                if (id.isEmpty()) {
                    continue;
                }
                String db = "gridflex_" + id.toLowerCase(Locale.ROOT);
                if (!db.matches("[a-z0-9_]+")) {
                    throw new IllegalArgumentException("unsupported database name " + db);
                }
                if (exists(c, db)) {
                    System.out.println("[gridflex] database " + db + " exists");
                } else {
                    try (Statement s = c.createStatement()) {
                        s.execute("CREATE DATABASE \"" + db + "\"");
                    }
                    System.out.println("[gridflex] database " + db + " created");
                }
            }
        }
    }

    private static boolean exists(Connection c, String db) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, db);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
