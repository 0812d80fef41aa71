package dev.bgsim.checker.live;

import dev.bgsim.checker.RuleIds;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.event.Subjects;
import dev.bgsim.pkg.Severity;

/**
 * BG112: on a profile without a memory quota (desktop), a task host's heap in use grew by more
 * than the smallest phone quota while tasks ran: on a phone that host
 * is capped at the quota and the task would see OutOfMemoryError or be terminated. Read from the
 * hosts' heap samples (heartbeats, and the end of each run()), which count garbage not yet
 * collected: a warning to look, not a proof. Tasks run in bgsim's own JVM (packages built in code)
 * give no samples. On a profile with a quota the cap itself shows the problem, so the rule keeps
 * quiet there.
 */
final class MemoryOverPhoneQuota implements LiveRule {
    /** mobile-512mb's quota: the smallest a phone gives a task host (its -Xmx, the host's own objects included). */
    static final long SMALLEST_PHONE_QUOTA_BYTES = 16L * 1024 * 1024;
    /**
     * Growth since the previous sample that points at the tasks that ran since: the whole quota,
     * so that the garbage of a busy task (a few MB before a collection) is not taken for a hoard.
     */
    static final long GROWTH_BYTES = SMALLEST_PHONE_QUOTA_BYTES;
    private static final long MEGABYTE = 1024 * 1024;

    @Override
    public void check(EngineEvent event, StreamFacts facts, FindingSink out) {
        if (!(event.payload() instanceof Events.HostHeapSampled sample) || facts.memoryQuotaApplies()) {
            return;
        }
        String host = event.subjects().hostId();
        long grew = sample.heapUsedBytes() - facts.hostHeap().previous(host);
        if (sample.heapUsedBytes() <= SMALLEST_PHONE_QUOTA_BYTES || grew <= GROWTH_BYTES) {
            return;
        }
        for (Subjects instance : facts.hostHeap().ranSinceSample(host)) {
            if (facts.firstTime("BG112 " + instance.instanceId())) {
                out.raise(RuleIds.MEMORY_OVER_MOBILE_QUOTA, Severity.WARNING, instance,
                        "the heap of host " + host + " grew by " + grew / MEGABYTE + " MB to " + sample.heapUsedBytes() / MEGABYTE
                                + " MB while " + instance.registrationName() + "#" + instance.instanceNumber()
                                + " ran in it; on mobile-512mb a task host has " + SMALLEST_PHONE_QUOTA_BYTES / MEGABYTE
                                + " MB in all");
            }
        }
    }
}
