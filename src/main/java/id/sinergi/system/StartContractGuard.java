package id.sinergi.system;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import jakarta.ws.rs.core.Response;

/**
 * A start by a logged-in user (engine-rest's {@code /start}) carries only what the start form owns, as a
 * task completion carries only what its form owns: otherwise a user allowed to propose an agreement could
 * set any variable the model later trusts. A process with contracts but no start contract cannot be
 * started by a user at all (an enforcement case is opened by the application, which registers it first).
 * Tasklist's start form goes through {@link ContractFormService} instead.
 */
class StartContractGuard extends CommandInterceptor {

    private static final Field INSTANTIATION = instantiationField();

    private final EngineGuards.ContractLookup contracts;
    private final Supplier<CommandExecutor> lookups;

    StartContractGuard(EngineGuards.ContractLookup contracts, Supplier<CommandExecutor> lookups) {
        this.contracts = contracts;
        this.lookups = lookups;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof StartProcessInstanceCmd start && contracts.byUser()) {
            ProcessInstantiationBuilderImpl builder = builderOf(start);
            Map<String, Object> variables = builder.getModificationBuilder().getProcessVariables();
            Uploads.makeTransient(variables);
            var contract = contracts.startContractOf(lookups.get(), builder.getProcessDefinitionId(),
                    builder.getProcessDefinitionKey());
            try {
                contract.ifPresent(c -> c.checkCompletion(variables, true));
            } catch (ContractViolationException refused) {
                // engine-rest's /start answers every engine exception but an authorization one with 500; a
                // refused start is the client's mistake, and its REST exception is what answers 400.
                throw new InvalidRequestException(Response.Status.BAD_REQUEST, refused, refused.getMessage());
            }
            if (contract.map(TaskContract::isKeptOutOfHistory).orElse(false)) {
                Uploads.makeAllTransient(variables);
            }
        }
        return next.execute(command);
    }

    // The engine gives the builder no getter on the command; reading the field is the only way to see
    // what a start carries before it runs. Checked at class load, so an engine upgrade that renames it
    // fails at start-up, not silently.
    private static Field instantiationField() {
        try {
            Field field = StartProcessInstanceCmd.class.getDeclaredField("instantiationBuilder");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Camunda's StartProcessInstanceCmd changed; review StartContractGuard", e);
        }
    }

    private static ProcessInstantiationBuilderImpl builderOf(StartProcessInstanceCmd command) {
        try {
            return (ProcessInstantiationBuilderImpl) INSTANTIATION.get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
