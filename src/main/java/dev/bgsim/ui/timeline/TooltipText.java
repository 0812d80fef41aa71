package dev.bgsim.ui.timeline;

import java.util.Locale;

/** The hover text of a timeline item: what a person debugging a task wants to read at a glance. No JavaFX. */
final class TooltipText {
    private TooltipText() {
    }

    static String describe(TimelineItem item, long now, TimeFormat format) {
        if (item instanceof InstanceBar bar) {
            return describeBar(bar, now, format);
        }
        if (item instanceof Mark mark) {
            return describeMark(mark, format);
        }
        StateSpan span = (StateSpan) item;
        return span.lane().label() + ": " + span.value() + "\n" + range(span, now, format);
    }

    static String markTitle(MarkKind kind) {
        return switch (kind) {
            case TRIGGER -> "Trigger";
            case LATCH -> "Latched";
            case CANCELLATION -> "Cancellation";
            case TIME_LIMIT -> "Time limit";
            case GRACE -> "Grace period ends";
            case FINDING -> "Finding";
        };
    }

    private static String describeBar(InstanceBar bar, long now, TimeFormat format) {
        StringBuilder text = new StringBuilder(bar.label());
        if (bar.isForced()) {
            text.append("  (forced)");
        }
        text.append("\nState: ").append(stateName(bar.state()));
        if (bar.reason() != null) {
            text.append("\nReason: ").append(bar.reason());
        }
        text.append('\n').append(range(bar, now, format));
        if (bar.latestProgress() >= 0) {
            text.append("\nProgress: ").append(bar.latestProgress()).append('%');
        }
        long open = bar.deferrals().stream().filter(DeferralSpan::isOpen).count();
        if (!bar.deferrals().isEmpty()) {
            text.append("\nDeferrals: ").append(bar.deferrals().size()).append(" taken, ").append(open).append(" open");
        }
        return text.append("\nInstance ").append(bar.id()).toString();
    }

    private static String describeMark(Mark mark, TimeFormat format) {
        String title = markTitle(mark.kind()) + " at " + format.clock(mark.time());
        StringBuilder text = new StringBuilder(title);
        if (!mark.text().isEmpty()) {
            text.append('\n').append(mark.text());
        }
        if (mark.instanceId() != null) {
            text.append("\nInstance ").append(mark.instanceId());
        }
        return text.toString();
    }

    private static String range(TimelineItem item, long now, TimeFormat format) {
        long duration = item.endOr(now) - item.start();
        return "Start: " + format.clock(item.start()) + "\nDuration: " + TimeFormat.duration(duration)
                + (item.isOpen() ? " (live)" : "");
    }

    static String stateName(InstanceState state) {
        String words = state.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
