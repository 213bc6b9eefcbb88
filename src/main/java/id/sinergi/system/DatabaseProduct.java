package id.sinergi.system;

import java.sql.SQLException;
import javax.sql.DataSource;

/** Which database a data source reaches, for the few statements H2 and PostgreSQL spell differently. */
public final class DatabaseProduct {

    public static final String POSTGRESQL = "PostgreSQL";
    public static final String H2 = "H2";

    private DatabaseProduct() {
    }

    /** The JDBC product name ({@link #POSTGRESQL}, {@link #H2}), asked once of a pooled connection. */
    public static String of(DataSource dataSource) {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not tell which database the application uses", e);
        }
    }
}
