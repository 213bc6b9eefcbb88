package id.sinergi.system;

import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cmd.AbstractModificationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.migration.AbstractMigrationCmd;

/**
 * Only members of {@code camunda-admin} steer the engine: starting an instance anywhere but its start
 * event (start instructions), modifying, restarting or migrating instances would otherwise let a user
 * skip the steps the models require (reviews, signatures) whatever their task permissions. Calls with no
 * authenticated user are the application itself and pass. An AuthorizationException is a 403 over REST.
 *
 * <p>A BPMN error or escalation thrown from a task ({@code /task/{id}/bpmnError}, {@code /bpmnEscalation}) is
 * steering too: no form offers it, and the models' escalations (a verified compliance closing a case, a registration
 * met lifting its sanction, an agreement expired or terminated) are thrown by the application once its rules hold.
 * Thrown by anyone holding a task, they ended a case as complied without a report verified.
 */
class SteeringGuard extends CommandInterceptor {

    private final Supplier<Authentication> authentication;

    SteeringGuard(Supplier<Authentication> authentication) {
        this.authentication = authentication;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (isSteering(command)) {
            Authentication user = authentication.get();
            if (user != null && (user.getGroupIds() == null || !user.getGroupIds().contains(Groups.ADMINS))) {
                throw new AuthorizationException("User '%s' may not steer process instances (%s): only members of %s may"
                        .formatted(user.getUserId(), command.getClass().getSimpleName(), Groups.ADMINS));
            }
        }
        return next.execute(command);
    }

    static boolean isSteering(Command<?> command) {
        return command instanceof StartProcessInstanceAtActivitiesCmd
                || command instanceof ModifyProcessInstanceCmd
                || command instanceof ModifyProcessInstanceAsyncCmd
                || command instanceof AbstractModificationCmd
                || command instanceof AbstractRestartProcessInstanceCmd
                || command instanceof AbstractMigrationCmd
                || command instanceof HandleTaskBpmnErrorCmd
                || command instanceof HandleTaskEscalationCmd;
    }
}
