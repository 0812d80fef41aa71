package sample;

import dev.bgsim.sdk.AppContext;
import dev.bgsim.sdk.BackgroundTaskRegistrationGroup;

/** The task group of scenario 6 ("Grouped task"), with the official sample's id and name. */
final class SampleTaskGroup {

    static final String ID = "3F2504E0-5F89-41D3-9A0C-0405E82C3333";
    static final String NAME = "Background Task Group";

    private SampleTaskGroup() {
    }

    /** The group as the system knows it, or a new group object when no registration is in it yet. */
    static BackgroundTaskRegistrationGroup in(AppContext context) {
        BackgroundTaskRegistrationGroup existing = context.getTaskGroup(ID);
        return existing != null ? existing : new BackgroundTaskRegistrationGroup(ID, NAME);
    }
}
