package id.sinergi.metrics;

import id.sinergi.system.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The group whose members may read the metrics. It has no webapp access and no task: a monitoring system's
 * account is given membership in it and nothing else.
 */
@Component
@Order(1)
class MonitoringGroup {

    static final String ID = Groups.MONITORING;

    private final IdentityService identity;

    MonitoringGroup(IdentityService identity) {
        this.identity = identity;
    }

    @EventListener(ApplicationStartedEvent.class)
    public void create() {
        if (identity.createGroupQuery().groupId(ID).count() == 0) {
            var group = identity.newGroup(ID);
            group.setName(Groups.displayName(ID));
            group.setType("SYSTEM");
            identity.saveGroup(group);
        }
    }
}
