package dev.bgsim.sdk.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.sdk.ApplicationTrigger;
import dev.bgsim.sdk.ApplicationTriggerResult;
import dev.bgsim.sdk.BackgroundActivatedListener;
import dev.bgsim.sdk.BackgroundTaskRegistration;
import dev.bgsim.sdk.BackgroundTaskRegistrationGroup;
import dev.bgsim.sdk.DeviceServicingTrigger;
import dev.bgsim.sdk.DeviceTriggerResult;
import dev.bgsim.sdk.DeviceUseTrigger;
import dev.bgsim.sdk.MediaProcessingTrigger;
import dev.bgsim.sdk.MediaProcessingTriggerResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

class SimulatorBindingsTest {

    /** Records every request and answers ALLOWED. */
    private static class RecordingHandler implements TriggerRequestHandler {
        final List<String> requests = new ArrayList<>();

        @Override
        public CompletionStage<ApplicationTriggerResult> requestApplicationTrigger(
                ApplicationTrigger trigger, Map<String, Object> arguments) {
            requests.add("application " + arguments);
            return CompletableFuture.completedStage(ApplicationTriggerResult.ALLOWED);
        }

        @Override
        public CompletionStage<MediaProcessingTriggerResult> requestMediaProcessingTrigger(
                MediaProcessingTrigger trigger, Map<String, Object> arguments) {
            requests.add("media " + arguments);
            return CompletableFuture.completedStage(MediaProcessingTriggerResult.ALLOWED);
        }

        @Override
        public CompletionStage<DeviceTriggerResult> requestDeviceUseTrigger(
                DeviceUseTrigger trigger, String deviceId, String arguments) {
            requests.add("use " + deviceId + " '" + arguments + "'");
            return CompletableFuture.completedStage(DeviceTriggerResult.ALLOWED);
        }

        @Override
        public CompletionStage<DeviceTriggerResult> requestDeviceServicingTrigger(
                DeviceServicingTrigger trigger, String deviceId, Duration expectedDuration, String arguments) {
            requests.add("servicing " + deviceId + " " + expectedDuration + " '" + arguments + "'");
            return CompletableFuture.completedStage(DeviceTriggerResult.ALLOWED);
        }
    }

    @Test
    void boundTriggersRouteTheirRequestsToTheHandler() {
        RecordingHandler handler = new RecordingHandler();
        ApplicationTrigger application = new ApplicationTrigger();
        MediaProcessingTrigger media = new MediaProcessingTrigger();
        DeviceUseTrigger use = new DeviceUseTrigger();
        DeviceServicingTrigger servicing = new DeviceServicingTrigger();
        for (var trigger : List.of(application, media, use, servicing)) {
            assertFalse(SimulatorBindings.isBound(trigger));
            SimulatorBindings.bind(trigger, handler);
            assertTrue(SimulatorBindings.isBound(trigger));
        }

        assertEquals(ApplicationTriggerResult.ALLOWED, now(application.requestAsync(Map.of("n", 1))));
        assertEquals(ApplicationTriggerResult.ALLOWED, now(application.requestAsync()));
        assertEquals(MediaProcessingTriggerResult.ALLOWED, now(media.requestAsync()));
        assertEquals(DeviceTriggerResult.ALLOWED, now(use.requestAsync("usb1")));
        assertEquals(DeviceTriggerResult.ALLOWED, now(use.requestAsync("usb1", "fast")));
        assertEquals(DeviceTriggerResult.ALLOWED, now(servicing.requestAsync("usb1", Duration.ofMinutes(2))));

        assertEquals(List.of("application {n=1}", "application {}", "media {}", "use usb1 ''", "use usb1 'fast'",
                "servicing usb1 PT2M ''"), handler.requests);
    }

    @Test
    void requestArgumentsReachTheHandlerAsAnUnmodifiableCopy() {
        List<Map<String, Object>> seen = new ArrayList<>();
        RecordingHandler handler = new RecordingHandler() {
            @Override
            public CompletionStage<ApplicationTriggerResult> requestApplicationTrigger(
                    ApplicationTrigger trigger, Map<String, Object> arguments) {
                seen.add(arguments);
                return super.requestApplicationTrigger(trigger, arguments);
            }
        };
        ApplicationTrigger trigger = new ApplicationTrigger();
        SimulatorBindings.bind(trigger, handler);
        Map<String, Object> arguments = new java.util.HashMap<>(Map.of("list", new ArrayList<>(List.of(1))));
        trigger.requestAsync(arguments);
        arguments.put("later", true);

        Map<String, Object> received = seen.get(0);
        assertEquals(Map.of("list", List.of(1)), received);
        assertThrows(UnsupportedOperationException.class, () -> received.put("x", 1));
        assertThrows(UnsupportedOperationException.class, () -> ((List<?>) received.get("list")).clear());
    }

    @Test
    void anUnboundGroupHasNoTasksAndKeepsItsListeners() {
        BackgroundTaskRegistrationGroup group = new BackgroundTaskRegistrationGroup("com.example.sync", "Sync");
        BackgroundActivatedListener first = (sender, args) -> { };
        BackgroundActivatedListener second = (sender, args) -> { };
        group.addBackgroundActivatedListener(first);
        group.addBackgroundActivatedListener(second);
        group.removeBackgroundActivatedListener(first);

        assertFalse(SimulatorBindings.isBound(group));
        assertEquals(Map.of(), group.getAllTasks());
        assertEquals(List.of(second), SimulatorBindings.backgroundActivatedListeners(group));
    }

    @Test
    void aBoundGroupAsksTheHandlerForItsTasks() {
        BackgroundTaskRegistrationGroup group = new BackgroundTaskRegistrationGroup("g");
        Map<UUID, BackgroundTaskRegistration> tasks = Map.of();
        List<BackgroundTaskRegistrationGroup> askedFor = new ArrayList<>();
        SimulatorBindings.bind(group, g -> {
            askedFor.add(g);
            return tasks;
        });

        assertTrue(SimulatorBindings.isBound(group));
        assertSame(tasks, group.getAllTasks());
        assertEquals(List.of(group), askedFor);
        assertEquals("", group.getName());
        assertEquals("BackgroundTaskRegistrationGroup[g]", group.toString());
    }

    @Test
    void bindingRejectsNulls() {
        assertThrows(NullPointerException.class, () -> SimulatorBindings.bind(new ApplicationTrigger(), null));
        assertThrows(NullPointerException.class,
                () -> SimulatorBindings.bind((BackgroundTaskRegistrationGroup) null, g -> Map.of()));
        assertThrows(NullPointerException.class,
                () -> new BackgroundTaskRegistrationGroup("g").addBackgroundActivatedListener(null));
    }

    private static <T> T now(CompletionStage<T> stage) {
        return stage.toCompletableFuture().getNow(null);
    }
}
