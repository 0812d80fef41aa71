package dev.bgsim.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TriggersTest {

    /** Two triggers built alike, a third that differs in one parameter, and the expected log text. */
    static Stream<Arguments> triggers() {
        return Stream.of(
                row(() -> new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, false),
                        new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, true),
                        "SystemTrigger[TIME_ZONE_CHANGE, oneShot=false]"),
                row(() -> new TimeTrigger(15, true), new TimeTrigger(30, true),
                        "TimeTrigger[freshness=15 min, oneShot=true]"),
                row(() -> new MaintenanceTrigger(60, false), new TimeTrigger(60, false),
                        "MaintenanceTrigger[freshness=60 min, oneShot=false]"),
                row(ApplicationTrigger::new, new MediaProcessingTrigger(), "ApplicationTrigger"),
                row(MediaProcessingTrigger::new, new ApplicationTrigger(), "MediaProcessingTrigger"),
                row(DeviceUseTrigger::new, new DeviceServicingTrigger(), "DeviceUseTrigger"),
                row(DeviceServicingTrigger::new, new DeviceUseTrigger(), "DeviceServicingTrigger"),
                row(PushNotificationTrigger::new, new PushNotificationTrigger("App2"), "PushNotificationTrigger"),
                row(() -> new PushNotificationTrigger("App2"), new PushNotificationTrigger(),
                        "PushNotificationTrigger[applicationId=App2]"),
                row(() -> new ControlChannelTrigger("chan", 20), new ControlChannelTrigger("chan"),
                        "ControlChannelTrigger[chan, keepAlive=20 min]"),
                row(() -> new CustomTrigger("location", "geofenceEntered"), new CustomTrigger("location", "other"),
                        "CustomTrigger[location, geofenceEntered]"));
    }

    private static Arguments row(Supplier<BackgroundTrigger> make, BackgroundTrigger different, String text) {
        return Arguments.of(make.get().toString(), make, different, text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("triggers")
    void triggersAreValuesThatPrintTheirParameters(
            String label, Supplier<BackgroundTrigger> make, BackgroundTrigger different, String text) {
        BackgroundTrigger a = make.get();
        BackgroundTrigger b = make.get();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, different);
        assertEquals(text, a.toString());
    }

    @Test
    void gettersReturnTheConstructorParameters() {
        SystemTrigger system = new SystemTrigger(SystemTriggerType.SERVICING_COMPLETE, true);
        assertEquals(SystemTriggerType.SERVICING_COMPLETE, system.getTriggerType());
        assertEquals(true, system.isOneShot());
        TimeTrigger time = new TimeTrigger(45, false);
        assertEquals(45, time.getFreshnessTime());
        assertEquals(false, time.isOneShot());
        assertEquals(7, new MaintenanceTrigger(7, true).getFreshnessTime());
        assertEquals("App2", new PushNotificationTrigger("App2").getApplicationId().orElseThrow());
        assertEquals(true, new PushNotificationTrigger().getApplicationId().isEmpty());
        ControlChannelTrigger channel = new ControlChannelTrigger("chan");
        assertEquals("chan", channel.getControlChannelTriggerId());
        assertEquals(ControlChannelTrigger.DEFAULT_KEEP_ALIVE_MINUTES, channel.getServerKeepAliveIntervalInMinutes());
        CustomTrigger custom = new CustomTrigger("bluetooth", "advertisement");
        assertEquals("bluetooth", custom.getTaskType());
        assertEquals("advertisement", custom.getName());
    }

    @Test
    void constructorsLeaveValueRulesToTheBroker() {
        assertEquals(-5, new TimeTrigger(-5, false).getFreshnessTime());
        assertEquals(SystemTriggerType.INVALID, new SystemTrigger(SystemTriggerType.INVALID, false).getTriggerType());
        assertEquals(true, new SystemTrigger(SystemTriggerType.CONTROL_CHANNEL_RESET, true).isOneShot());
    }

    @Test
    void constructorsRejectNulls() {
        assertThrows(NullPointerException.class, () -> new SystemTrigger(null, false));
        assertThrows(NullPointerException.class, () -> new PushNotificationTrigger(null));
        assertThrows(NullPointerException.class, () -> new ControlChannelTrigger(null));
        assertThrows(NullPointerException.class, () -> new CustomTrigger(null, "n"));
        assertThrows(NullPointerException.class, () -> new CustomTrigger("location", null));
        assertThrows(NullPointerException.class, () -> new SystemCondition(null));
    }

    @Test
    void unregisteredTriggersAnswerTheirNotRegisteredResultAtOnce() {
        assertEquals(ApplicationTriggerResult.UNKNOWN_ERROR, now(new ApplicationTrigger().requestAsync()));
        assertEquals(ApplicationTriggerResult.UNKNOWN_ERROR,
                now(new ApplicationTrigger().requestAsync(Map.of("k", 1))));
        assertEquals(MediaProcessingTriggerResult.UNKNOWN_ERROR, now(new MediaProcessingTrigger().requestAsync()));
        assertEquals(DeviceTriggerResult.DENIED_BY_SYSTEM, now(new DeviceUseTrigger().requestAsync("dev")));
        assertEquals(DeviceTriggerResult.DENIED_BY_SYSTEM,
                now(new DeviceServicingTrigger().requestAsync("dev", Duration.ofMinutes(5))));
    }

    @Test
    void requestsRefuseArgumentsThatCannotCrossAProcess() {
        Map<String, Object> bad = Map.of("when", java.time.Instant.EPOCH);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ApplicationTrigger().requestAsync(bad));
        assertEquals(true, e.getMessage().contains("ApplicationTrigger arguments.when"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new MediaProcessingTrigger().requestAsync(Map.of("l", List.of(new Object()))));
        assertThrows(NullPointerException.class, () -> new ApplicationTrigger().requestAsync(null));
        assertThrows(NullPointerException.class, () -> new DeviceUseTrigger().requestAsync(null));
        assertThrows(NullPointerException.class,
                () -> new DeviceServicingTrigger().requestAsync("dev", null));
    }

    @Test
    void systemConditionIsAValue() {
        SystemCondition condition = new SystemCondition(SystemConditionType.INTERNET_AVAILABLE);
        assertEquals(SystemConditionType.INTERNET_AVAILABLE, condition.getConditionType());
        assertEquals(new SystemCondition(SystemConditionType.INTERNET_AVAILABLE), condition);
        assertEquals("SystemCondition[conditionType=INTERNET_AVAILABLE]", condition.toString());
    }

    private static <T> T now(CompletionStage<T> stage) {
        return stage.toCompletableFuture().getNow(null);
    }
}
