package dev.bgsim.ui.timeline;

/** A made-up three-minute session with every kind of lane, bar state and mark, for the demo and screenshots. */
final class DemoScenario {
    static final long NOW = 160_000;

    private DemoScenario() {
    }

    static TimelineModel build() {
        TimelineModel m = new TimelineModel();
        lanes(m);
        deviceAndApp(m);
        sync(m);
        push(m);
        upload(m);
        reminders(m);
        geofence(m);
        return m;
    }

    private static void lanes(TimelineModel m) {
        m.addLane("app", LaneKind.APP_STATE, "Contoso Mail", 0);
        m.addLane("power", LaneKind.DEVICE_POWER, "Power", 0);
        m.addLane("saver", LaneKind.DEVICE_SAVER, "Battery saver", 0);
        m.addLane("net", LaneKind.DEVICE_NETWORK, "Network", 0);
        m.addLane("mem", LaneKind.DEVICE_MEMORY, "Memory", 0);
        m.addLane("host:default", LaneKind.HOST, "Task host (default)", 0);
        m.addLane("host:sync", LaneKind.HOST, "Task host (sync group)", 1);
        m.addLane("reg:sync", LaneKind.REGISTRATION, "MailSync · TimeTrigger 15 min", 0);
        m.addLane("reg:push", LaneKind.REGISTRATION, "PushHandler · Push notification", 1);
        m.addLane("reg:upload", LaneKind.REGISTRATION, "Uploader · Maintenance (in-proc)", 2);
        m.addLane("reg:tz", LaneKind.REGISTRATION, "Reminders · TimeZoneChange", 3);
        m.addLane("reg:geo", LaneKind.REGISTRATION, "Geofence · Location (multi)", 4);
    }

    private static void deviceAndApp(TimelineModel m) {
        m.setState("app", 0, "Running", SpanTone.GOOD);
        m.setState("app", 35_000, "In background", SpanTone.NEUTRAL);
        m.setState("app", 60_000, "Suspended", SpanTone.OFF);
        m.setState("app", 120_000, "In background", SpanTone.NEUTRAL);
        m.setState("power", 0, "AC", SpanTone.QUIET);
        m.setState("power", 40_000, "Battery 64%", SpanTone.NEUTRAL);
        m.setState("power", 100_000, "Battery 19%", SpanTone.WARNING);
        m.setState("saver", 0, "Off", SpanTone.QUIET);
        m.setState("saver", 95_000, "On", SpanTone.WARNING);
        m.setState("net", 0, "Internet, free", SpanTone.QUIET);
        m.setState("net", 62_000, "Metered", SpanTone.WARNING);
        m.setState("net", 130_000, "No internet", SpanTone.DANGER);
        m.setState("net", 150_000, "Internet, free", SpanTone.QUIET);
        m.setState("mem", 0, "Normal", SpanTone.QUIET);
        m.setState("mem", 108_000, "Low", SpanTone.WARNING);
        m.setState("mem", 126_000, "Normal", SpanTone.QUIET);
        m.setState("host:default", 3_000, "Running · pid 4312", SpanTone.GOOD);
        m.setState("host:default", 60_000, "Suspended", SpanTone.OFF);
        m.setState("host:default", 75_000, "Running · pid 4312", SpanTone.GOOD);
        m.setState("host:sync", 4_800, "Running · pid 4388", SpanTone.GOOD);
        m.setState("host:sync", 55_000, "Killed (grace over)", SpanTone.DANGER);
        m.setState("host:sync", 79_500, "Running · pid 4417", SpanTone.GOOD);
    }

    private static void sync(TimelineModel m) {
        m.addMark("reg:sync", MarkKind.TRIGGER, 5_000, "TimeTrigger", "s1");
        m.startBar("reg:sync", "s1", "MailSync #1", 5_000, InstanceState.RUNNING, false);
        for (int p = 0; p <= 100; p += 10) {
            m.addProgress("s1", 5_000 + p * 120L, p);
        }
        m.endBar("s1", 17_500, InstanceState.COMPLETED);
        m.addMark("reg:sync", MarkKind.TRIGGER, 80_000, "forced fire", "s2");
        m.startBar("reg:sync", "s2", "MailSync #2", 80_000, InstanceState.RUNNING, true);
        m.beginDeferral("s2", "d1", 81_000);
        m.changeBarState("s2", 84_000, InstanceState.DEFERRED);
        m.addProgress("s2", 86_000, 30);
        m.addProgress("s2", 90_000, 55);
        m.changeBarState("s2", 95_000, InstanceState.CANCEL_REQUESTED);
        m.setBarReason("s2", "ENERGY_SAVER");
        m.addMark("reg:sync", MarkKind.CANCELLATION, 95_000, "ENERGY_SAVER", "s2");
        m.endBar("s2", 97_200, InstanceState.CANCELED);
    }

    private static void push(TimelineModel m) {
        m.addMark("reg:push", MarkKind.TRIGGER, 20_000, "push: new mail", "p1");
        m.startBar("reg:push", "p1", "PushHandler #1", 20_000, InstanceState.RUNNING, false);
        m.addMark("reg:push", MarkKind.TIME_LIMIT, 50_000, "30 s limit", "p1");
        m.changeBarState("p1", 50_000, InstanceState.CANCEL_REQUESTED);
        m.setBarReason("p1", "EXECUTION_TIME_EXCEEDED");
        m.addMark("reg:push", MarkKind.CANCELLATION, 50_000, "EXECUTION_TIME_EXCEEDED", "p1");
        m.addMark("reg:push", MarkKind.GRACE, 55_000, "grace 5 s", "p1");
        m.endBar("p1", 55_000, InstanceState.TERMINATED);
        m.addMark("reg:push", MarkKind.FINDING, 58_000, "BG011 ignored cancellation", "p1");
        m.addMark("reg:push", MarkKind.TRIGGER, 140_000, "push: new mail", "p2");
        m.startBar("reg:push", "p2", "PushHandler #2", 140_000, InstanceState.RUNNING, false);
        m.addProgress("p2", 145_000, 20);
        m.addProgress("p2", 152_000, 45);
        m.addProgress("p2", 158_000, 60);
        m.addMark("reg:push", MarkKind.TIME_LIMIT, 170_000, "30 s limit", "p2");
    }

    private static void upload(TimelineModel m) {
        m.addMark("reg:upload", MarkKind.TRIGGER, 25_000, "Maintenance", "u1");
        m.addMark("reg:upload", MarkKind.LATCH, 29_000, "InternetAvailable met", "u1");
        m.startBar("reg:upload", "u1", "Uploader #1", 30_000, InstanceState.RUNNING, false);
        m.changeBarState("u1", 60_000, InstanceState.SUSPENDED);
        m.changeBarState("u1", 75_000, InstanceState.RUNNING);
        m.setBarReason("u1", "IOException: connection reset by peer");
        m.endBar("u1", 90_000, InstanceState.FAILED);
    }

    private static void reminders(TimelineModel m) {
        for (int k = 0; k < 14; k++) {
            long t = 6_000 + k * 11_000L;
            String id = "r" + k;
            m.startBar("reg:tz", id, "Reminders #" + (k + 1), t, InstanceState.RUNNING, false);
            m.endBar(id, t + 900 + (k % 3) * 700L, InstanceState.COMPLETED);
        }
    }

    private static void geofence(TimelineModel m) {
        m.startBar("reg:geo", "g1", "Geofence #1", 100_000, InstanceState.RUNNING, false);
        m.startBar("reg:geo", "g2", "Geofence #2", 112_000, InstanceState.RUNNING, false);
        m.beginDeferral("g2", "d", 113_000);
        m.endBar("g1", 131_000, InstanceState.COMPLETED);
        m.changeBarState("g2", 126_000, InstanceState.DEFERRED);
        m.startBar("reg:geo", "g3", "Geofence #3", 138_000, InstanceState.RUNNING, true);
    }
}
