package dev.bgsim.host.child;

import dev.bgsim.host.protocol.Field;
import dev.bgsim.host.protocol.Message;
import dev.bgsim.host.protocol.MessageType;

/**
 * Sends HEARTBEAT on a fixed real-time period (CPU time, heap, threads, paused), and the output
 * drop totals that grew since the last beat. Silence tells bgsim the host is frozen or wedged.
 * Runs on its own daemon thread; {@code Thread.sleep} is right here: the beat is real time by design.
 */
final class Heartbeat implements Runnable {
    private final HostServices services;
    private final InstanceTable instances;
    private final OutputBudget hostBudget;
    private final long periodMillis;

    Heartbeat(HostServices services, InstanceTable instances, OutputBudget hostBudget, long periodMillis) {
        this.services = services;
        this.instances = instances;
        this.hostBudget = hostBudget;
        this.periodMillis = periodMillis;
    }

    void start() {
        Thread t = new Thread(this, "bgsim-heartbeat");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void run() {
        // The first beat waits one period: start-up is the host's busiest moment, and READY already said it lives.
        if (!pause()) {
            return;
        }
        ProcessHandle self = ProcessHandle.current();
        Runtime rt = Runtime.getRuntime();
        while (true) {
            java.util.Optional<java.time.Duration> cpuTime = self.info().totalCpuDuration();
            long cpu = cpuTime.isPresent() ? cpuTime.get().toNanos() : -1L;
            services.channel().send(Message.of(MessageType.HEARTBEAT).with(Field.CPU_NANOS, cpu)
                    .with(Field.HEAP_USED, rt.totalMemory() - rt.freeMemory()).with(Field.HEAP_MAX, rt.maxMemory())
                    .with(Field.THREADS, (long) Thread.activeCount()).with(Field.PAUSED, services.channel().isPaused())
                    .build());
            hostBudget.reportTo(services.channel(), null);
            for (HostInstance instance : instances.all()) {
                instance.outputBudget().reportTo(services.channel(), instance.id());
            }
            if (!pause()) {
                return;
            }
        }
    }

    private boolean pause() {
        try {
            Thread.sleep(periodMillis);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }
}
