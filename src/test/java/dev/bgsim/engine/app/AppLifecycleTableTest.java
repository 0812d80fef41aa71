package dev.bgsim.engine.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AppLifecycleTableTest {
    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource({
        "NOT_RUNNING, LAUNCH, RUNNING",
        "NOT_RUNNING, BACKGROUND_ACTIVATION, RUNNING_IN_BACKGROUND",
        "TERMINATED, LAUNCH, RUNNING",
        "RUNNING, MINIMISE, RUNNING_IN_BACKGROUND",
        "RUNNING_IN_BACKGROUND, RESTORE, RUNNING",
        "RUNNING, SUSPEND, SUSPENDING",
        "RUNNING_IN_BACKGROUND, SYSTEM_SUSPEND, SUSPENDING",
        "SUSPENDING, SUSPEND_DONE, SUSPENDED",
        "SUSPENDING, SUSPEND_DEADLINE, TERMINATED",
        "SUSPENDED, RESUME, RUNNING_IN_BACKGROUND",
        "SUSPENDED, BACKGROUND_ACTIVATION, RUNNING_IN_BACKGROUND",
        "SUSPENDED, LAUNCH, RUNNING",
        "RUNNING, TERMINATE, TERMINATED",
        "SUSPENDED, SUSPEND_AND_TERMINATE, TERMINATED",
        "RUNNING, UPDATE, NOT_RUNNING",
        "RUNNING_IN_BACKGROUND, UNINSTALL, NOT_RUNNING",
        "SUSPENDED, LOGOFF, TERMINATED",
        "RUNNING, CRASH, TERMINATED",
    })
    void rows(AppState from, AppAction action, AppState to) {
        assertEquals(to, AppLifecycle.transition(from, action).next());
    }

    @Test
    void launchFromNothingCreatesTheProcessAndBackgroundActivationDoesNotLaunch() {
        assertEquals(List.of(AppEffect.CREATE_PROCESS, AppEffect.ON_LAUNCHED),
                AppLifecycle.transition(AppState.NOT_RUNNING, AppAction.LAUNCH).effects());
        assertFalse(AppLifecycle.transition(AppState.NOT_RUNNING, AppAction.BACKGROUND_ACTIVATION).effects()
                .contains(AppEffect.ON_LAUNCHED));
    }

    @Test
    void missingPairIsALoudErrorNamingBoth() {
        assertFalse(AppLifecycle.allows(AppState.NOT_RUNNING, AppAction.RESUME));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> AppLifecycle.transition(AppState.NOT_RUNNING, AppAction.RESUME));
        assertTrue(e.getMessage().contains("RESUME") && e.getMessage().contains("NOT_RUNNING"));
    }
}
