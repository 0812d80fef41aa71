package dev.bgsim.checker.live;

import java.util.List;

/** The standard set of live rules, in the order they look at each event. */
public final class LiveRules {
    private LiveRules() {
    }

    /** Every live rule of the catalogue. */
    public static List<LiveRule> standard() {
        return List.of(
                new CanceledWithoutListener(),
                new WorkAbandonedWithoutDeferral(),
                new DeferralLeftOpen(),
                new DeferralCompletedTwice(),
                new TimeLimitExceeded(),
                new GraceExpired(),
                new TaskFailure(),
                new HostCrashed(),
                new LowMemoryNote(),
                new MemoryOverPhoneQuota(),
                new LaunchWithoutRegistrationCheck(),
                new DuplicateRegistrationName(),
                new AccessNotRequested(),
                new RegistrationFailureEscaped(),
                new UpdateWithoutServicingTask(),
                new AppTriggerFromBackground(),
                new UndeclaredTaskType(),
                new RefusedRegistration(),
                new LoaderDiagnostics(),
                new ConflictingConditions());
    }
}
