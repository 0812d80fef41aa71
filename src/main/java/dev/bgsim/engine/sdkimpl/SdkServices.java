package dev.bgsim.engine.sdkimpl;

import dev.bgsim.engine.device.DeviceState;
import dev.bgsim.engine.event.EventLog;
import dev.bgsim.engine.event.EventPayload;
import dev.bgsim.engine.host.ClockService;
import dev.bgsim.engine.host.CodeOwner;
import dev.bgsim.engine.host.EnginePort;
import dev.bgsim.engine.host.TaskThreads;
import dev.bgsim.engine.time.SimClock;
import java.util.function.Supplier;

/**
 * What SDK implementations need from the engine. Thread-safe: everything here either posts to
 * the engine thread or reads volatile snapshots.
 *
 * @param port         posts work to the engine thread
 * @param clock        simulated clock (read-only from task threads)
 * @param clockService engine side of TaskClock (engine thread only)
 * @param threads      engine-started task and app threads
 * @param log          event log (engine thread only)
 * @param device       the latest device state, published by the engine (volatile snapshot)
 */
public record SdkServices(EnginePort port, SimClock clock, ClockService clockService, TaskThreads threads,
                          EventLog log, Supplier<DeviceState> device) {

    /** Any thread. Emits an event about {@code owner} on the engine thread, unless it was terminated. */
    public void emit(CodeOwner owner, EventPayload payload) {
        if (!owner.isLive()) {
            return;
        }
        port.post(() -> {
            if (owner.isLive()) {
                log.emit(owner.subjects(), payload);
            }
        });
    }
}
