package dev.bgsim.scenario.run;

/**
 * A step names something the simulator does not have at that moment: a registration, an
 * instance that has not started, a host that never ran. The step fails with this message.
 */
final class UnknownSubjectException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UnknownSubjectException(String message) {
        super(message);
    }
}
