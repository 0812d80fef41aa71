package dev.bgsim.scenario.run;

import dev.bgsim.engine.Command;
import dev.bgsim.engine.CommandResult;
import dev.bgsim.engine.EngineSnapshot.InstanceView;
import dev.bgsim.engine.EngineSnapshot.RegistrationView;
import dev.bgsim.engine.app.AppAction;
import dev.bgsim.engine.broker.RegistrationRequest;
import dev.bgsim.scenario.ActionStep;
import dev.bgsim.scenario.action.Action;
import dev.bgsim.scenario.action.Advance;
import dev.bgsim.scenario.action.AppLifecycleAction;
import dev.bgsim.scenario.action.Cancel;
import dev.bgsim.scenario.action.FireRegistration;
import dev.bgsim.scenario.action.FireSystemEvent;
import dev.bgsim.scenario.action.KillApp;
import dev.bgsim.scenario.action.KillHost;
import dev.bgsim.scenario.action.KillInstance;
import dev.bgsim.scenario.action.Launch;
import dev.bgsim.scenario.action.Logoff;
import dev.bgsim.scenario.action.Minimise;
import dev.bgsim.scenario.action.Register;
import dev.bgsim.scenario.action.PressButton;
import dev.bgsim.scenario.action.Request;
import dev.bgsim.scenario.action.Restore;
import dev.bgsim.scenario.action.Resume;
import dev.bgsim.scenario.action.ResumeHost;
import dev.bgsim.scenario.action.SetDevice;
import dev.bgsim.scenario.action.Suspend;
import dev.bgsim.scenario.action.SuspendAndTerminate;
import dev.bgsim.scenario.action.RunIsolated;
import dev.bgsim.scenario.action.SuspendHost;
import dev.bgsim.scenario.action.Terminate;
import dev.bgsim.scenario.action.Uninstall;
import dev.bgsim.scenario.action.Unregister;
import dev.bgsim.scenario.action.Update;
import dev.bgsim.scenario.device.DeviceSetting;
import java.util.ArrayList;
import java.util.List;

/**
 * Carries out a scenario action as engine commands (one command per action where the engine
 * has one). The engine's refusals are answers and are reported as what the action did; an
 * action the runner cannot carry out at all (unknown registration, command the engine lacks)
 * throws {@link UnknownSubjectException} or {@link NotSupportedYetException}.
 */
final class ActionExecutor {
    private final EngineSession session;
    private final ScenarioPackages packages;

    ActionExecutor(EngineSession session, ScenarioPackages packages) {
        this.session = session;
        this.packages = packages;
    }

    /** Carries out the step's action and returns what it did, in one line. */
    String execute(ActionStep step, SimulatorState state) {
        Action action = step.action();
        if (action instanceof AppLifecycleAction || action instanceof Logoff || action instanceof Request
                || action instanceof KillApp) {
            return appAction(action, state);
        }
        if (action instanceof Cancel || action instanceof KillInstance || action instanceof KillHost
                || action instanceof SuspendHost || action instanceof ResumeHost) {
            return instanceOrHostAction(action, state);
        }
        if (action instanceof RunIsolated isolate) {
            return answer(session.apply(new Command.RunIsolated(isolate.packageName(), isolate.isolated())));
        }
        if (action instanceof FireRegistration fire) {
            return fire(fire, state);
        } else if (action instanceof FireSystemEvent event) {
            return fireSystemEvent(event);
        } else if (action instanceof Register register) {
            return register(register, state);
        } else if (action instanceof Unregister unregister) {
            return unregister(unregister, state);
        } else if (action instanceof SetDevice set) {
            return set(set, state);
        } else if (action instanceof PressButton press) {
            requirePackage(press.packageName(), state);
            return answer(session.apply(new Command.PressAppButton(press.packageName(), press.button())));
        } else if (action instanceof Advance advance) {
            session.runTo(session.start().plus(step.at()).plus(advance.by()));
            return "clock at " + session.clock().now();
        }
        throw new IllegalArgumentException("no way to carry out " + action.describe());
    }

    /** The app's lifecycle, log off, and the app's trigger requests (SPEC 3.4, 3.9). */
    private String appAction(Action action, SimulatorState state) {
        if (action instanceof AppLifecycleAction app) {
            return app(app, state);
        } else if (action instanceof Logoff logoff) {
            logoff.packageName().ifPresent(p -> requirePackage(p, state));
            return answer(session.apply(new Command.LogOff(logoff.packageName().orElse(null))));
        } else if (action instanceof Request request) {
            state.requireRegistrations(request.registration());
            return answer(session.apply(new Command.RequestTrigger(request.registration().packageName().orElse(null),
                    request.registration().name(), request.arguments(), null)));
        }
        KillApp kill = (KillApp) action;
        requirePackage(kill.packageName(), state);
        // Ending an app's process gives it no callback either way: kill is terminate (SPEC 3.9).
        return answer(session.apply(new Command.AppCommand(kill.packageName(), AppAction.TERMINATE)));
    }

    /** User actions on one instance or one host (SPEC 3.7, 3.8). */
    private String instanceOrHostAction(Action action, SimulatorState state) {
        if (action instanceof Cancel cancel) {
            InstanceView instance = state.instance(cancel.instance());
            return answer(session.apply(new Command.CancelInstance(instance.id(), cancel.reason())));
        } else if (action instanceof KillInstance kill) {
            InstanceView instance = state.instance(kill.instance());
            return answer(session.apply(new Command.TerminateInstance(instance.id())));
        } else if (action instanceof KillHost kill) {
            return answer(session.apply(new Command.TerminateHost(state.requireHost(kill.host()).id())));
        } else if (action instanceof SuspendHost suspend) {
            return answer(session.apply(new Command.SuspendHost(state.requireHost(suspend.host()).id())));
        }
        ResumeHost resume = (ResumeHost) action;
        return answer(session.apply(new Command.ResumeHost(state.requireHost(resume.host()).id())));
    }

    private String fire(FireRegistration fire, SimulatorState state) {
        state.requireRegistrations(fire.registration());
        // A map of arguments becomes the trigger's details in the engine, by trigger kind ("fire with arguments").
        Object details = fire.arguments().isEmpty() ? null : fire.arguments();
        return answer(session.apply(new Command.FireByName(fire.registration().packageName().orElse(null),
                fire.registration().name(), fire.force(), details)));
    }

    private String app(AppLifecycleAction app, SimulatorState state) {
        requirePackage(app.packageName(), state);
        if (app instanceof Update update) {
            return update(update);
        }
        if (app instanceof Uninstall) {
            return answer(session.apply(new Command.UninstallPackage(app.packageName())));
        }
        AppAction action;
        if (app instanceof Launch) {
            action = AppAction.LAUNCH;
        } else if (app instanceof Minimise) {
            action = AppAction.MINIMISE;
        } else if (app instanceof Restore) {
            action = AppAction.RESTORE;
        } else if (app instanceof Suspend) {
            action = AppAction.SUSPEND;
        } else if (app instanceof Resume) {
            action = AppAction.RESUME;
        } else if (app instanceof Terminate) {
            action = AppAction.TERMINATE;
        } else if (app instanceof SuspendAndTerminate) {
            action = AppAction.SUSPEND_AND_TERMINATE;
        } else {
            throw new IllegalArgumentException("no app action for " + app.describe());
        }
        return answer(session.apply(new Command.AppCommand(app.packageName(), action)));
    }

    /** An update from the new version's file, or from the files the package came from (SPEC 3.9). */
    private String update(Update update) {
        try {
            return answer(session.apply(packages.update(update.packageName(), update.newVersion())));
        } catch (PackageOpenException e) {
            throw new UnknownSubjectException("the new version of " + update.packageName() + " cannot be loaded: "
                    + e.getMessage());
        }
    }

    private static void requirePackage(String packageName, SimulatorState state) {
        if (!state.packageLoaded(packageName)) {
            throw new UnknownSubjectException("no package named " + packageName + " is loaded");
        }
    }

    private String fireSystemEvent(FireSystemEvent event) {
        return answer(session.apply(new Command.RaiseSystemEvent(event.event(), event.force())));
    }

    private String register(Register register, SimulatorState state) {
        if (!state.packageLoaded(register.packageName())) {
            throw new UnknownSubjectException("no package named " + register.packageName() + " is loaded");
        }
        RegistrationRequest request = new RegistrationRequest(register.packageName(), register.name(),
                register.entryPoint().orElse(null), ScenarioTriggers.trigger(register.trigger(), register.name()),
                register.conditions(), register.cancelOnConditionLoss(), register.networkRequested(),
                register.group().orElse(null), "USER");
        CommandResult result = session.apply(new Command.Register(request));
        return result.ok() ? "registered, task id " + result.message() : answer(result);
    }

    private String unregister(Unregister unregister, SimulatorState state) {
        List<String> answers = new ArrayList<>();
        for (RegistrationView registration : state.requireRegistrations(unregister.registration())) {
            answers.add(answer(session.apply(new Command.Unregister(registration.taskId(), unregister.cancelTask()))));
        }
        return String.join("; ", answers);
    }

    private String set(SetDevice set, SimulatorState state) {
        for (DeviceSetting setting : set.settings()) {
            if (setting instanceof DeviceSetting.Access access && !state.packageLoaded(access.packageName())) {
                throw new UnknownSubjectException("no package named " + access.packageName() + " is loaded");
            }
        }
        List<String> answers = new ArrayList<>();
        for (Command command : DeviceSettings.commands(set.settings())) {
            answers.add(answer(session.apply(command)));
        }
        return String.join("; ", answers);
    }

    /** The engine's answer as the action's line: what happened, or that it was refused and why. */
    private static String answer(CommandResult result) {
        return result.ok() ? result.message() : "refused: " + result.message();
    }
}
