package dev.bgsim.ui.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.engine.device.BatterySaverMode;
import dev.bgsim.engine.device.DeviceState;
import dev.bgsim.engine.device.MemoryPressure;
import dev.bgsim.engine.device.PowerSource;
import dev.bgsim.ui.RecordingPort;
import dev.bgsim.ui.session.SimulationStatus;
import dev.bgsim.ui.shell.StatusViewModel;
import dev.bgsim.ui.shell.UiContext;
import org.junit.jupiter.api.Test;

/** The device panel's mirror of the engine and the commands a user's changes become, without a stage. */
class DevicePanelViewModelTest {
    private final RecordingPort port = new RecordingPort();
    private final SimulationStatus simulation = new SimulationStatus();
    private final DevicePanelViewModel vm = new DevicePanelViewModel(new UiContext(port, new StatusViewModel(), Runnable::run),
            simulation);

    @Test
    void aUsersChangeBecomesOneDeviceCommand() {
        vm.powerProperty().set(PowerSource.BATTERY);
        vm.memoryProperty().set(MemoryPressure.LOW);
        assertEquals(2, port.deviceChanges.size());
        DeviceState changed = port.deviceChanges.get(1).apply(port.deviceChanges.get(0).apply(DeviceState.initial()));
        assertEquals(PowerSource.BATTERY, changed.power());
        assertEquals(MemoryPressure.LOW, changed.memoryPressure());
    }

    @Test
    void whatTheEngineReportsIsMirroredWithoutEchoingBackAsACommand() {
        simulation.deviceProperty().set(DeviceState.initial().withPower(PowerSource.BATTERY).withSaver(BatterySaverMode.ON));
        simulation.profileProperty().set("mobile-512mb");
        assertEquals(PowerSource.BATTERY, vm.powerProperty().get());
        assertEquals(BatterySaverMode.ON, vm.saverProperty().get());
        assertEquals("mobile-512mb", vm.profileProperty().get());
        assertTrue(port.requests.isEmpty(), "mirroring sent " + port.requests);
    }

    @Test
    void pickingAProfileSendsIt() {
        vm.profileProperty().set("mobile-512mb");
        assertEquals(java.util.List.of("profile mobile-512mb"), port.requests);
    }

    @Test
    void theSaverSummarySaysWhetherSaverIsInEffectOrWhenItWouldBe() {
        DeviceState ac = DeviceState.initial().withPower(PowerSource.AC);
        assertEquals("", DevicePanelViewModel.describeSaver(ac.withSaver(BatterySaverMode.OFF)));
        assertEquals("Not in effect on AC power", DevicePanelViewModel.describeSaver(ac.withSaver(BatterySaverMode.ON)));
        DeviceState battery = DeviceState.initial().withPower(PowerSource.BATTERY);
        assertEquals("Battery saver is in effect", DevicePanelViewModel.describeSaver(battery.withSaver(BatterySaverMode.ON)));
        assertTrue(DevicePanelViewModel.describeSaver(battery.withSaver(BatterySaverMode.AUTO)).startsWith("Switches on at "));
    }
}
