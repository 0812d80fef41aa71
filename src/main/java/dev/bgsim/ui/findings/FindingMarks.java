package dev.bgsim.ui.findings;

import dev.bgsim.checker.Finding;
import dev.bgsim.ui.feed.TimelineFeed;
import dev.bgsim.ui.timeline.Mark;
import dev.bgsim.ui.timeline.MarkKind;
import dev.bgsim.ui.timeline.TimelineModel;
import java.util.List;

/**
 * Puts each finding on the timeline, at the moment its rule fired: a FINDING mark labelled with
 * the rule id on its registration's lane (else its host's, else its app's). FX thread only; fed
 * after the timeline feed saw the same events, so the lanes exist.
 */
public final class FindingMarks {
    private final TimelineModel model;
    private final TimelineFeed feed;
    /** Which finding each mark shows, so a click on the mark can open it. */
    private final java.util.Map<Mark, Finding> byMark = new java.util.IdentityHashMap<>();

    public FindingMarks(TimelineModel model, TimelineFeed feed) {
        this.model = model;
        this.feed = feed;
    }

    public void add(List<Finding> findings) {
        for (Finding f : findings) {
            String lane = laneOf(f);
            if (lane != null) {
                String instance = f.subjects().instanceId() == null ? null : f.subjects().instanceId().toString();
                byMark.put(model.addMark(lane, MarkKind.FINDING, feed.at(f.simTime()),
                        f.ruleId() + " " + f.rule().title(), instance), f);
            }
        }
    }

    /** The finding a mark shows, or null when the mark is not a finding's. */
    public Finding findingOf(Mark mark) {
        return byMark.get(mark);
    }

    private String laneOf(Finding f) {
        var s = f.subjects();
        if (s.registrationId() != null && model.lane(TimelineFeed.regLane(s.registrationId())) != null) {
            return TimelineFeed.regLane(s.registrationId());
        }
        if (s.hostId() != null && model.lane("host:" + s.hostId()) != null) {
            return "host:" + s.hostId();
        }
        if (s.packageName() != null && model.lane("app:" + s.packageName()) != null) {
            return "app:" + s.packageName();
        }
        return null;
    }
}
