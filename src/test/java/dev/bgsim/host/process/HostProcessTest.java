package dev.bgsim.host.process;

import static dev.bgsim.host.process.HostTestSupport.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.host.protocol.Field;
import dev.bgsim.host.protocol.Message;
import dev.bgsim.host.protocol.MessageType;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A task runs in a real child JVM with every SDK service working across the process boundary. */
class HostProcessTest {
    @TempDir
    static Path dir;
    static Path jar;

    @BeforeAll
    static void buildTasks() throws Exception {
        jar = TaskJarBuilder.build(dir, "tasks", Map.of(
                "demo.Everything", """
                        package demo;
                        import dev.bgsim.sdk.*;
                        import java.time.Duration;
                        public class Everything implements BackgroundTask {
                            public void run(BackgroundTaskInstance t) throws Exception {
                                t.addCanceledListener((s, r) -> System.out.println("canceled " + r + " on " + Thread.currentThread().getName()));
                                BackgroundTaskDeferral d = t.getDeferral();
                                System.out.println("hello from " + Thread.currentThread().getName());
                                System.err.println("to stderr");
                                t.getLogger().log(System.Logger.Level.INFO, "logged {0}", 42);
                                t.setProgress(10);
                                java.time.Instant before = t.getClock().now();
                                t.getClock().sleep(Duration.ofMinutes(5));
                                System.out.println("slept " + Duration.between(before, t.getClock().now()));
                                t.getLocalSettings().put("answer", 42);
                                t.getNotifications().showToast("Title", "Text");
                                t.getClock().createTimer(() -> { t.setProgress(90); d.complete(); d.complete(); }, Duration.ofSeconds(3));
                                System.out.println("internet " + t.getSystemStatus().isInternetAvailable());
                            }
                        }
                        """,
                "demo.WaitsForCancel", """
                        package demo;
                        import dev.bgsim.sdk.*;
                        public class WaitsForCancel implements BackgroundTask {
                            public void run(BackgroundTaskInstance t) {
                                BackgroundTaskDeferral d = t.getDeferral();
                                t.addCanceledListener((s, r) -> { System.out.println("canceled " + r + " on " + Thread.currentThread().getName()); d.complete(); });
                            }
                        }
                        """));
    }

    @AfterAll
    static void noHostLeft() throws Exception {
        HostTestSupport.assertNoHostLeft();
    }

    @Test
    void runsATaskWithEverySdkServiceAcrossTheProcessBoundary() throws Exception {
        try (DrivenHost d = HostTestSupport.startDriven(HostTestSupport.options("everything"))) {
            String id = d.start(jar, "demo.Everything");
            d.await(MessageType.RUN_ENTERED, id, WAIT);
            d.await(MessageType.RUN_RETURNED, id, WAIT);
            d.await(m -> m.type() == MessageType.DEFERRAL_COMPLETED && m.bool(Field.AGAIN), "second complete()", WAIT);

            assertEquals(1, d.messages(MessageType.DEFERRAL_TAKEN).size());
            assertTrue(d.messages(MessageType.DEFERRAL_TAKEN).get(0).string(Field.STACK).contains("demo.Everything.run"));
            assertEquals(2, d.messages(MessageType.DEFERRAL_COMPLETED).size());
            assertEquals(java.util.List.of(10L, 90L), d.messages(MessageType.PROGRESS).stream()
                    .map(m -> m.integer(Field.PROGRESS)).toList());
            String out = d.output("stdout");
            assertTrue(out.contains("hello from bgsim-run-"), out);
            assertTrue(out.contains("slept PT5M"), out);
            assertTrue(out.contains("internet true"), out);
            assertTrue(d.output("stderr").contains("to stderr"));
            assertTrue(d.output("logger").contains("logged 42"));
            Message put = d.messages(MessageType.SETTING_PUT).get(0);
            assertEquals("answer", put.string(Field.KEY));
            assertEquals(42L, put.value(Field.VALUE));
            assertEquals("Title", d.messages(MessageType.NOTIFICATION).get(0).string(Field.TITLE));
            assertFalse(d.messages(MessageType.SLEEP).get(0).integer(Field.DELAY_NANOS) == 0);
            assertTrue(d.messages(MessageType.OUTPUT).stream().filter(m -> "stdout".equals(m.string(Field.STREAM)))
                    .allMatch(m -> id.equals(m.string(Field.INSTANCE_ID, null))), "output is marked with the instance");
            d.host().shutdown();
            assertEquals(HostEndCause.SHUT_DOWN, d.awaitExit(WAIT).cause());
        }
    }

    @Test
    void canceledListenersRunOnAThreadOtherThanRunsAndReportDone() throws Exception {
        try (DrivenHost d = HostTestSupport.startDriven(HostTestSupport.options("cancel"))) {
            String id = d.start(jar, "demo.WaitsForCancel");
            d.await(MessageType.RUN_RETURNED, id, WAIT);
            d.host().send(Message.of(MessageType.CANCEL).with(Field.INSTANCE_ID, id).with(Field.REASON, "ABORT").build());
            d.await(MessageType.CANCELED_DONE, id, WAIT);
            d.await(MessageType.DEFERRAL_COMPLETED, id, WAIT);
            assertTrue(d.output("stdout").contains("canceled ABORT on bgsim-canceled-"), d.output("stdout"));
            d.host().shutdown();
            d.awaitExit(WAIT);
        }
    }

    @Test
    void pingIsAnsweredAndTheHostExitsWhenItsStdinCloses() throws Exception {
        try (DrivenHost d = HostTestSupport.startDriven(HostTestSupport.options("ping"))) {
            assertTrue(d.host().ping().get(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS).toNanos() > 0);
            d.host().shutdown();
            HostExit exit = d.awaitExit(WAIT);
            assertEquals(0, exit.exitCode());
        }
    }
}
