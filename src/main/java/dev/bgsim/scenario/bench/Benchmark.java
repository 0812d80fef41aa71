package dev.bgsim.scenario.bench;

/**
 * One named benchmark: {@code bgsim bench NAME} runs it and prints its measurement as one JSON
 * line. Implementations set up what they measure themselves, warm up as they see fit, and leave
 * nothing running behind them.
 */
public interface Benchmark {

    /** The metric's name, {@code lowerCamelCase}, e.g. {@code timeSkip7Days}. */
    String name();

    /** What it measures, one line, for {@code bgsim bench --list}. */
    String description();

    /**
     * Runs the benchmark on the calling thread.
     *
     * @throws Exception when it cannot be measured (the command reports it and goes on)
     */
    Measurement run() throws Exception;
}
