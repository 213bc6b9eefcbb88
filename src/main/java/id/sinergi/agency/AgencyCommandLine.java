package id.sinergi.agency;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The admin endpoint's operations from the command line, for the server's operators:
 * <pre>
 * java -jar sinergi.jar agencies issue &lt;agency-id&gt; "&lt;name&gt;" REPORT_CASES[,PROSECUTE] [requests-per-minute]
 * java -jar sinergi.jar agencies list
 * java -jar sinergi.jar agencies rotate &lt;agency-id&gt;
 * java -jar sinergi.jar agencies revoke &lt;agency-id&gt;
 * </pre>
 */
@Component
@Order(100)
public class AgencyCommandLine implements ApplicationRunner {

    private static final String COMMAND = "agencies";

    private final AgencyTokens tokens;
    private final ApplicationContext context;

    AgencyCommandLine(AgencyTokens tokens, ApplicationContext context) {
        this.tokens = tokens;
        this.context = context;
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMAND.equals(args[0]);
    }

    @Override
    public void run(ApplicationArguments arguments) {
        List<String> args = arguments.getNonOptionArgs();
        if (args.isEmpty() || !COMMAND.equals(args.get(0))) {
            return;
        }
        int code = execute(args.subList(1, args.size()));
        System.exit(SpringApplication.exit(context, () -> code));
    }

    int execute(List<String> args) {
        PrintStream out = System.out;
        try {
            switch (args.isEmpty() ? "" : args.get(0)) {
                case "issue" -> {
                    require(args, 4);
                    Integer perMinute = args.size() > 4 ? Integer.valueOf(args.get(4)) : null;
                    var issued = tokens.issue(args.get(1), args.get(2), scopes(args.get(3)), perMinute);
                    out.println("Agency " + issued.client().agencyId() + " token (shown once, store it safely):");
                    out.println(issued.token());
                }
                case "list" -> tokens.list().forEach(c -> out.printf("%-24s %-8s %-28s %s %s%n", c.agencyId(),
                        c.isActive() ? "active" : "revoked", c.scopes(), c.tokenHint(), c.name()));
                case "rotate" -> {
                    require(args, 2);
                    var issued = tokens.rotate(args.get(1)).orElseThrow(() -> new IllegalArgumentException("no agency " + args.get(1)));
                    out.println("Agency " + issued.client().agencyId() + " token (shown once, store it safely):");
                    out.println(issued.token());
                }
                case "revoke" -> {
                    require(args, 2);
                    out.println(tokens.revoke(args.get(1)) ? "Revoked " + args.get(1) : "No active token for " + args.get(1));
                }
                default -> {
                    out.println("Usage: agencies issue <agency-id> <name> <REPORT_CASES,PROSECUTE> [requests-per-minute]");
                    out.println("       agencies list");
                    out.println("       agencies rotate <agency-id>");
                    out.println("       agencies revoke <agency-id>");
                    return 2;
                }
            }
            return 0;
        } catch (IllegalArgumentException e) {
            out.println("Error: " + e.getMessage());
            return 2;
        }
    }

    private static void require(List<String> args, int count) {
        if (args.size() < count) {
            throw new IllegalArgumentException("missing arguments");
        }
    }

    private static Set<Scope> scopes(String list) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        Arrays.stream(list.split(",")).map(String::trim).map(Scope::valueOf).forEach(scopes::add);
        return scopes;
    }
}
