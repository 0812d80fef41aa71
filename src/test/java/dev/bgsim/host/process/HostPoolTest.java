package dev.bgsim.host.process;

import static dev.bgsim.host.process.HostTestSupport.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.host.protocol.MessageType;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class HostPoolTest {

    @AfterAll
    static void noHostLeft() throws Exception {
        HostTestSupport.assertNoHostLeft();
    }

    @Test
    void theSpareIsHandedOutWarmWithItsReadyReplayedAndReplaced() throws Exception {
        HostOptions options = HostTestSupport.options("pooled");
        try (HostPool pool = new HostPool(HostTestSupport.launcher(), options, Duration.ofSeconds(30))) {
            pool.warmUp();
            DrivenHost first = new DrivenHost();
            HostProcess host = pool.acquire("pkg/default", options, first);
            HostTestSupport.track(host);
            first.attach(host);
            first.await(MessageType.READY, null, WAIT);
            assertTrue(host.ready().isDone() || host.ready().get(WAIT.toSeconds(), TimeUnit.SECONDS) != null);

            DrivenHost second = new DrivenHost();
            HostProcess other = pool.acquire("pkg/group:a", options, second);
            HostTestSupport.track(other);
            assertNotEquals(host.pid(), other.pid(), "another key gets another host (the refilled spare)");
            host.shutdown();
            other.shutdown();
            host.exited().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            other.exited().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    @Test
    void aReleasedHostIsReusedWhileWarm() throws Exception {
        HostOptions options = HostTestSupport.options("reused");
        // The idle period is far longer than the test: reuse must not depend on how fast this thread runs.
        try (HostPool pool = new HostPool(HostTestSupport.launcher(), options, WAIT)) {
            HostProcess host = pool.acquire("pkg/default", options, new DrivenHost());
            HostTestSupport.track(host);
            host.ready().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            pool.release("pkg/default", host);
            HostProcess again = pool.acquire("pkg/default", options, new DrivenHost());
            assertEquals(host.pid(), again.pid(), "reused while warm");
            pool.release("pkg/default", again);
        }
    }

    @Test
    void aReleasedHostIsShutDownWhenIdle() throws Exception {
        HostOptions options = HostTestSupport.options("idle");
        try (HostPool pool = new HostPool(HostTestSupport.launcher(), options, Duration.ofMillis(100))) {
            HostProcess host = pool.acquire("pkg/default", options, new DrivenHost());
            HostTestSupport.track(host);
            host.ready().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            pool.release("pkg/default", host);
            HostExit exit = host.exited().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertEquals(HostEndCause.SHUT_DOWN, exit.cause(), "shut down after the idle period");
        }
    }
}
