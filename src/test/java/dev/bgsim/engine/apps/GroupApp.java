package dev.bgsim.engine.apps;

import dev.bgsim.sdk.AppContext;
import dev.bgsim.sdk.BackgroundTaskRegistrationGroup;
import dev.bgsim.sdk.SystemTrigger;
import dev.bgsim.sdk.SystemTriggerType;

/**
 * Attaches the group "sync" listener in onCreated (the documented pattern) and registers the
 * in-process "Grouped" task in that group object on launch; records what getAllTasks/getAllTaskGroups show.
 */
public class GroupApp extends LifecycleApp {
    private BackgroundTaskRegistrationGroup group;

    @Override
    public void onCreated(AppContext context) {
        super.onCreated(context);
        group = context.getTaskGroup("sync");
        if (group == null) {
            group = new BackgroundTaskRegistrationGroup("sync", "Sync tasks");
        }
        group.addBackgroundActivatedListener((g, args) -> log("group:" + g.getId() + ":" + args.getTaskInstance()
                .getTask().getName()));
    }

    @Override
    public void onLaunched(AppContext context) {
        log("launched");
        try {
            context.newTaskBuilder().setName("Grouped").setTaskGroup(group)
                    .setTrigger(new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, false)).register();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        context.getLocalSettings().put("allTasks", context.getAllTasks().size());
        context.getLocalSettings().put("groups", String.join(",", context.getAllTaskGroups().keySet()));
        context.getLocalSettings().put("groupTasks", context.getTaskGroup("sync").getAllTasks().size());
    }
}
