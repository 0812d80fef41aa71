package dev.bgsim.scenario.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bgsim.sdk.ControlChannelTrigger;
import dev.bgsim.sdk.PushNotificationTrigger;
import org.junit.jupiter.api.Test;

/** A registration's trigger text, as RegistrationAdded carries it, back into a scenario trigger with its fields. */
class TriggerTextTest {

    private static String read(Object sdkTrigger, String kind) {
        return TriggerText.read(sdkTrigger.toString(), kind).orElseThrow().toString();
    }

    @Test
    void aControlChannelKeepsItsIdAndKeepAlive() {
        assertEquals("{\"type\":\"controlChannel\",\"channelId\":\"chat-7\",\"keepAliveMinutes\":30}",
                read(new ControlChannelTrigger("chat-7", 30), "CONTROL_CHANNEL"));
    }

    @Test
    void aPushNotificationKeepsItsApplicationAndWithoutOneHasNoFields() {
        assertEquals("{\"type\":\"pushNotification\",\"applicationId\":\"Viewer\"}",
                read(new PushNotificationTrigger("Viewer"), "PUSH_NOTIFICATION"));
        assertEquals("{\"type\":\"pushNotification\"}", read(new PushNotificationTrigger(), "PUSH_NOTIFICATION"));
    }
}
