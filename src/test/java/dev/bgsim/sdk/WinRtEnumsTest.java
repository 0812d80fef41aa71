package dev.bgsim.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every SDK enum carries every constant of its WinRT enum, in WinRT order, so that
 * {@code ordinal()} is the WinRT value (semantics reference sections 1.6, 3, 4.1, 6.1, 7.2 and
 * the Windows.System.Power enums). A reorder, rename, addition or removal fails here.
 */
class WinRtEnumsTest {

    static Stream<Arguments> winRtEnums() {
        return Stream.of(
                Arguments.of(SystemTriggerType.class, List.of(
                        "INVALID", "SMS_RECEIVED", "USER_PRESENT", "USER_AWAY", "NETWORK_STATE_CHANGE",
                        "CONTROL_CHANNEL_RESET", "INTERNET_AVAILABLE", "SESSION_CONNECTED", "SERVICING_COMPLETE",
                        "LOCK_SCREEN_APPLICATION_ADDED", "LOCK_SCREEN_APPLICATION_REMOVED", "TIME_ZONE_CHANGE",
                        "ONLINE_ID_CONNECTED_STATE_CHANGE", "BACKGROUND_WORK_COST_CHANGE", "POWER_STATE_CHANGE",
                        "DEFAULT_SIGN_IN_ACCOUNT_CHANGE")),
                Arguments.of(SystemConditionType.class, List.of(
                        "INVALID", "USER_PRESENT", "USER_NOT_PRESENT", "INTERNET_AVAILABLE", "INTERNET_NOT_AVAILABLE",
                        "SESSION_CONNECTED", "SESSION_DISCONNECTED", "FREE_NETWORK_AVAILABLE",
                        "BACKGROUND_WORK_COST_NOT_HIGH")),
                Arguments.of(BackgroundTaskCancellationReason.class, List.of(
                        "ABORT", "TERMINATING", "LOGGING_OFF", "SERVICING_UPDATE", "IDLE_TASK", "UNINSTALL",
                        "CONDITION_LOSS", "SYSTEM_POLICY", "QUIET_HOURS_ENTERED", "EXECUTION_TIME_EXCEEDED",
                        "RESOURCE_REVOCATION", "ENERGY_SAVER")),
                Arguments.of(BackgroundAccessStatus.class, List.of(
                        "UNSPECIFIED", "ALLOWED_WITH_ALWAYS_ON_REAL_TIME_CONNECTIVITY",
                        "ALLOWED_MAY_USE_ACTIVE_REAL_TIME_CONNECTIVITY", "DENIED", "ALWAYS_ALLOWED",
                        "ALLOWED_SUBJECT_TO_SYSTEM_POLICY", "DENIED_BY_SYSTEM_POLICY", "DENIED_BY_USER")),
                Arguments.of(ApplicationTriggerResult.class, List.of(
                        "ALLOWED", "CURRENTLY_RUNNING", "DISABLED_BY_POLICY", "UNKNOWN_ERROR")),
                Arguments.of(MediaProcessingTriggerResult.class, List.of(
                        "ALLOWED", "CURRENTLY_RUNNING", "DISABLED_BY_POLICY", "UNKNOWN_ERROR")),
                Arguments.of(DeviceTriggerResult.class, List.of(
                        "ALLOWED", "DENIED_BY_USER", "DENIED_BY_SYSTEM", "LOW_BATTERY")),
                Arguments.of(BackgroundWorkCostValue.class, List.of("LOW", "MEDIUM", "HIGH")),
                Arguments.of(EnergySaverStatus.class, List.of("DISABLED", "OFF", "ON")),
                Arguments.of(PowerSupplyStatus.class, List.of("NOT_PRESENT", "INADEQUATE", "ADEQUATE")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("winRtEnums")
    void enumHasEveryWinRtConstantInWinRtOrder(Class<? extends Enum<?>> type, List<String> expected) {
        List<String> actual = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        assertEquals(expected, actual, type.getSimpleName() + " must list the WinRT constants in WinRT order");
    }
}
