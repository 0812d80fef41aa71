package dev.bgsim.scenario.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;
import dev.bgsim.scenario.report.ScenarioResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A scenario's {@code register} carries what a manifest registration can say: networkRequested,
 * the control channel's id and keep-alive, the push notification's application. The broker
 * records them in RegistrationAdded, where the event log, recordings and exports read them.
 */
class RegisterFieldsScenarioTest {

    @Test
    void theRegisteredTriggersAndNetworkRequestReachTheBroker() {
        List<EngineEvent> events = Collections.synchronizedList(new ArrayList<>());
        ScenarioResult result = RunnerScenarios.run("register-fields",
                RunOptions.with(TestPackages.opener()).withSubscriber(events::addAll));
        assertTrue(result.held(), () -> RunnerScenarios.console(result));

        Map<String, Events.RegistrationAdded> added = events.stream()
                .filter(e -> e.payload() instanceof Events.RegistrationAdded)
                .collect(Collectors.toMap(e -> e.subjects().registrationName(), e -> (Events.RegistrationAdded) e.payload()));
        assertEquals("ControlChannelTrigger[chat-7, keepAlive=30 min]", added.get("Chat").trigger());
        assertTrue(added.get("Chat").networkRequested());
        assertEquals("PushNotificationTrigger[applicationId=Viewer]", added.get("Push").trigger());
        assertFalse(added.get("Push").networkRequested(), "networkRequested is false unless asked for");
    }
}
