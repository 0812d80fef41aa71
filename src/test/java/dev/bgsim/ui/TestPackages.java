package dev.bgsim.ui;

import dev.bgsim.engine.packages.BasicPackage;
import dev.bgsim.engine.tasks.CooperativeTask;
import dev.bgsim.engine.tasks.DeferredTimerTask;
import dev.bgsim.engine.tasks.SleepTask;
import dev.bgsim.sdk.SystemTrigger;
import dev.bgsim.sdk.SystemTriggerType;

/** Small real packages for UI tests and the screenshot demo, built from the engine's test tasks. */
final class TestPackages {
    static final String PACKAGE = "dev.bgsim.demo.Weather";

    private TestPackages() {
    }

    static BasicPackage weather() {
        return BasicPackage.builder(PACKAGE)
                .version("1.2.0.0")
                .task(SleepTask.class, "systemEvent")
                .task(CooperativeTask.class, "systemEvent")
                .task(DeferredTimerTask.class, "systemEvent")
                .registration("RefreshForecast", SleepTask.class,
                        new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, false))
                .registration("SyncRadar", CooperativeTask.class,
                        new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, false))
                .registration("UploadLogs", DeferredTimerTask.class,
                        new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, false))
                .classLoader(TestPackages.class.getClassLoader())
                .build();
    }
}
