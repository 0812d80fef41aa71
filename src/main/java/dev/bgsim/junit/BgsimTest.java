package dev.bgsim.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class or method that gets a headless {@link Simulator} as a parameter (of test,
 * {@code @BeforeEach} and {@code @AfterEach} methods; one simulator per test, closed after it):
 *
 * <pre>{@code
 * @BgsimTest
 * class MyTaskTest {
 *     @Test
 *     void batterySaverCancelsIt(Simulator sim) {
 *         sim.load("target/my-tasks.jar").onBattery(80).launch("My.Package")
 *            .advanceTo(Duration.ofSeconds(1)).fire("MyTask")
 *            .advanceTo(Duration.ofSeconds(3)).batterySaver(true)
 *            .advanceTo(Duration.ofSeconds(8));
 *         sim.instance("MyTask", 1).isCanceledWith(BackgroundTaskCancellationReason.ENERGY_SAVER);
 *     }
 * }
 * }</pre>
 *
 * A method's annotation overrides its class's. Same as {@code @ExtendWith(BgsimExtension.class)}
 * with the defaults.
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(BgsimExtension.class)
public @interface BgsimTest {
    /** The device profile: desktop, mobile-512mb, mobile-1gb, mobile-2gb, xbox, iot, strict, or a .json path. */
    String profile() default "desktop";

    /** The simulated clock's start, ISO-8601 ({@code 2026-01-01T08:00:00Z}); empty: the engine's default. */
    String start() default "";

    /**
     * A folder to record each test's session in ({@code CLASS.METHOD.jsonl}), to open, export or
     * turn into a scenario later; empty: no recording.
     */
    String recordTo() default "";
}
