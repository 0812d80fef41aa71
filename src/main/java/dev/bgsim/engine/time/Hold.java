package dev.bgsim.engine.time;

/**
 * A named reason simulated time cannot skip ahead ("instance 3 of SampleBackgroundTask is
 * running run()"). While any hold exists, simulated time flows with real time times the speed.
 *
 * @param id     unique id of the hold
 * @param kind   what kind of code holds the clock
 * @param label  the explanation shown to users
 * @param realWork true once the code was declared "doing real work" (past the busy threshold)
 */
public record Hold(long id, HoldKind kind, String label, boolean realWork) {
    public Hold withRealWork(String newLabel) {
        return new Hold(id, kind, newLabel, true);
    }
}
