package id.sinergi.support;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the SQL statements one HTTP request executes, on its own thread only, for tests that prove a page is
 * built in a fixed number of queries. Test scope only: the pool stays the application's HikariDataSource (so
 * nothing that looks at the pool changes); only the connections it opens come from a driver data source whose
 * statements count their executions while a request sent with {@link #HEADER} runs on the thread. The count
 * is then found under the header's value with {@link #executed(String)}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SqlStatementCounter extends OncePerRequestFilter implements BeanPostProcessor {

    public static final String HEADER = "X-Test-Count-Statements";

    private static final ThreadLocal<AtomicInteger> CURRENT = new ThreadLocal<>();
    private static final ThreadLocal<java.util.List<String>> TRACE = new ThreadLocal<>();
    private static final Map<String, Integer> COUNTS = new ConcurrentHashMap<>();
    private static final Map<String, java.util.List<String>> TRACES = new ConcurrentHashMap<>();
    private static final Set<String> EXECUTING = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
            "executeBatch", "executeLargeBatch");

    /** The statements the request sent with {@code HEADER: tag} executed; null if none finished under that tag. */
    public static Integer executed(String tag) {
        return COUNTS.get(tag);
    }

    /**
     * What the request sent with {@code HEADER: tag} did on its thread, in order: each executed statement's SQL
     * (first line) and each commit or rollback, for a benchmark to print where a request's round trips go.
     */
    public static java.util.List<String> trace(String tag) {
        return TRACES.getOrDefault(tag, java.util.List.of());
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null && !pool.isRunning()) {
            var driver = new DriverManagerDataSource(pool.getJdbcUrl());
            // The pool's driver options (the postgres profile's), or the counted connections would run without them.
            driver.setConnectionProperties(pool.getDataSourceProperties());
            pool.setDataSource(counting(driver));
        }
        return bean;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String tag = request.getHeader(HEADER);
        if (tag == null) {
            chain.doFilter(request, response);
            return;
        }
        counted(tag, () -> {
            try {
                chain.doFilter(request, response);
            } catch (IOException | ServletException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Runs {@code work} on this thread, counting and tracing its statements under {@code tag}. */
    public static void counted(String tag, Runnable work) {
        var count = new AtomicInteger();
        var trace = java.util.Collections.synchronizedList(new java.util.ArrayList<String>());
        CURRENT.set(count);
        TRACE.set(trace);
        try {
            work.run();
        } finally {
            CURRENT.remove();
            TRACE.remove();
            COUNTS.put(tag, count.get());
            TRACES.put(tag, trace);
        }
    }

    private static DataSource counting(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(), new Class<?>[] {DataSource.class},
                forwarding(target, result -> result instanceof Connection c ? wrap(c, Connection.class) : result));
    }

    private static Object wrap(Object target, Class<?> type) {
        return wrap(target, type, null);
    }

    private static Object wrap(Object target, Class<?> type, String preparedSql) {
        if (type == Connection.class) {
            return Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("commit") || method.getName().equals("rollback")) {
                            note(method.getName().toUpperCase());
                        }
                        Object result = invoke(target, method, args);
                        if (CURRENT.get() == null) {
                            // Nobody counts on this thread: hand the driver's statement out unwrapped, so code measured
                            // by the benchmark does not pay for a reflective proxy on every parameter it sets.
                            return result;
                        }
                        String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
                        return result instanceof CallableStatement s ? wrap(s, CallableStatement.class, sql)
                                : result instanceof PreparedStatement s ? wrap(s, PreparedStatement.class, sql)
                                : result instanceof Statement s ? wrap(s, Statement.class, null) : result;
                    });
        }
        return Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (EXECUTING.contains(method.getName())) {
                AtomicInteger count = CURRENT.get();
                if (count != null) {
                    count.incrementAndGet();
                    String sql = preparedSql != null ? preparedSql
                            : args != null && args.length > 0 && args[0] instanceof String text ? text : "?";
                    note((method.getName().contains("Batch") ? "[batch] " : "") + sql.strip().replaceAll("\\s+", " "));
                }
            }
            return invoke(target, method, args);
        });
    }

    private static void note(String entry) {
        java.util.List<String> trace = TRACE.get();
        if (trace != null) {
            trace.add(entry.length() > 160 ? entry.substring(0, 160) + "..." : entry);
        }
    }

    private static InvocationHandler forwarding(Object target, java.util.function.UnaryOperator<Object> wrapResult) {
        return (proxy, method, args) -> wrapResult.apply(invoke(target, method, args));
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
