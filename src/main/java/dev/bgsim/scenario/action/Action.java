package dev.bgsim.scenario.action;

/**
 * Something a scenario does to the simulated system: the same commands a user gives in the GUI.
 * Each action is applied as one engine command (one batch of events).
 */
public sealed interface Action
        permits AppLifecycleAction, Logoff, FireRegistration, FireSystemEvent, Request, Cancel,
                KillInstance, KillHost, KillApp, SuspendHost, ResumeHost, Register, Unregister,
                SetDevice, Advance, PressButton, RunIsolated {

    /** The {@code "do"} word in scenario files. */
    String verb();

    /** One line saying what the action does, e.g. {@code fire SampleBackgroundTask (forced)}. */
    String describe();
}
