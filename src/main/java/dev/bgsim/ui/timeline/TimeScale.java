package dev.bgsim.ui.timeline;

/** Maps simulated time to x pixels for one frame: the window spread over [x0, x0 + width]. */
final class TimeScale {
    private final double x0;
    private final double width;
    private final double start;
    private final double pxPerMs;

    TimeScale(TimelineWindow window, double x0, double width) {
        this.x0 = x0;
        this.width = Math.max(1, width);
        this.start = window.start();
        this.pxPerMs = this.width / window.duration();
    }

    double x(double t) {
        return x0 + (t - start) * pxPerMs;
    }

    double time(double x) {
        return start + (x - x0) / pxPerMs;
    }

    double msPerPixel() {
        return 1 / pxPerMs;
    }

    double left() {
        return x0;
    }

    double right() {
        return x0 + width;
    }

    /** The first visible millisecond, rounded down. */
    long firstTime() {
        return (long) Math.floor(time(x0));
    }

    /** The last visible millisecond, rounded up. */
    long lastTime() {
        return (long) Math.ceil(time(x0 + width));
    }
}
