package id.sinergi.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

/**
 * Points a test context at a real PostgreSQL: one server per JVM (started on first use, stopped with
 * the JVM) and a fresh database per context, so suites never see each other's cases.
 */
public class EmbeddedPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final String PROFILE = "application-postgres.yaml";
    private static EmbeddedPostgres server;

    private final boolean durable;

    public EmbeddedPostgresInitializer() {
        this(false);
    }

    /**
     * @param durable whether the server commits as a production one does ({@code fsync} and {@code synchronous_commit}
     *                on). The embedded server's own defaults turn both off, which suits tests (nothing they write must
     *                outlive the JVM) but not a benchmark that compares transactions: each commit would cost nothing.
     *                Decided by the first context of the JVM, which starts the server.
     */
    protected EmbeddedPostgresInitializer(boolean durable) {
        this.durable = durable;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        EmbeddedPostgres postgres = server(durable);
        String database = "sinergi_" + DATABASES.incrementAndGet();
        try (var connection = postgres.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + database, e);
        }
        usePostgresProfile(context);
        TestPropertyValues.of(
                "spring.datasource.url=" + postgres.getJdbcUrl("postgres", database),
                "spring.datasource.username=postgres",
                "spring.datasource.password=",
                "camunda.bpm.process-engine-name=postgres-" + database
        ).applyTo(context);
    }

    /**
     * The postgres profile's own settings (its driver options), as a deployment on PostgreSQL runs with them: placed
     * where Spring Boot puts a profile's file, above the application's other configuration files, so the server,
     * database and engine name set here (and any system property) still take precedence.
     */
    private static void usePostgresProfile(ConfigurableApplicationContext context) {
        var sources = context.getEnvironment().getPropertySources();
        String firstConfigFile = sources.stream().map(source -> source.getName()).filter(name -> name.startsWith("Config resource"))
                .findFirst().orElse(null);
        try {
            for (var source : new YamlPropertySourceLoader().load(PROFILE, new ClassPathResource(PROFILE))) {
                if (firstConfigFile == null) {
                    sources.addLast(source);
                } else {
                    sources.addBefore(firstConfigFile, source);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(PROFILE + " could not be read", e);
        }
    }

    private static synchronized EmbeddedPostgres server(boolean durable) {
        if (server == null) {
            try {
                var builder = EmbeddedPostgres.builder();
                if (durable) {
                    // The builder starts postgres with -F (fsync off) and sets synchronous_commit off; these come later.
                    builder.setServerConfig("fsync", "on");
                    builder.setServerConfig("synchronous_commit", "on");
                }
                if (Boolean.getBoolean("benchmark.statements")) {
                    // The scale benchmark's statement figures (ScaleBenchmark): the extension must load with the server.
                    builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
                }
                // -Dbenchmark.pg-config=name=value,name=value: server settings for a diagnosis (log_lock_waits=on, ...).
                for (String setting : System.getProperty("benchmark.pg-config", "").split(",")) {
                    if (setting.contains("=")) {
                        builder.setServerConfig(setting.substring(0, setting.indexOf('=')), setting.substring(setting.indexOf('=') + 1));
                    }
                }
                server = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is going away either way
                }
            }));
        }
        return server;
    }
}
