package dev.bgsim.engine.app;

import dev.bgsim.engine.broker.Outcome;
import dev.bgsim.engine.event.EventLog;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.event.Subjects;
import dev.bgsim.engine.sdkimpl.SettingsStore;
import dev.bgsim.sdk.JsonValues;
import java.util.ArrayList;
import java.util.List;

/**
 * The buttons of an app that has no window. A bgsim app has no UI, so an app that wants buttons
 * publishes the commands it understands as a list of strings in its LocalSettings value
 * {@value #AVAILABLE}, and runs the strings it finds queued in {@value #QUEUE} (a string or a list)
 * when it comes to the foreground ({@code onLaunched}, {@code onResuming}). Pressing a button
 * (GUI app panel, scenario {@code press}) queues the command and brings the app to the foreground
 * as the user would by switching to it: launched when it is not running, in the background or
 * suspended; minimised and launched again when it is already in front, which is the only way a
 * foreground app hears of a new command. Engine thread only.
 */
public final class AppButtons {
    /** The LocalSettings key under which an app lists the commands it understands. */
    public static final String AVAILABLE = "Commands.Available";
    /** The LocalSettings key under which pressed commands wait for the app. */
    public static final String QUEUE = "Commands";

    private final AppController apps;
    private final SettingsStore settings;
    private final EventLog log;

    public AppButtons(AppController apps, SettingsStore settings, EventLog log) {
        this.apps = apps;
        this.settings = settings;
        this.log = log;
    }

    /** The commands a package's app publishes, in its order; empty when it published none (or not a list). */
    public List<String> available(String packageName) {
        Object value = settings.get(packageName, AVAILABLE);
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(String::valueOf).toList();
    }

    /** Queues {@code command} for the app of {@code packageName} and brings the app to the front to run it. */
    public Outcome press(String packageName, String command) {
        List<String> offered = available(packageName);
        if (offered.isEmpty()) {
            return Outcome.refused("the app of " + packageName + " publishes no buttons (a list of commands in its"
                    + " LocalSettings value " + AVAILABLE + "); launch it once, or it has none");
        }
        if (!offered.contains(command)) {
            return Outcome.refused("the app of " + packageName + " has no button \"" + command + "\"; it offers: "
                    + String.join(", ", offered));
        }
        AppState state = apps.state(packageName);
        if (state == AppState.SUSPENDING) {
            return Outcome.refused("the app of " + packageName + " is SUSPENDING; press \"" + command
                    + "\" again once it is suspended");
        }
        queue(packageName, command);
        String why = "the user pressed \"" + command + "\"";
        if (state == AppState.RUNNING) {
            Outcome away = apps.apply(packageName, AppAction.MINIMISE, why);
            if (!away.ok()) {
                return away;
            }
        }
        Outcome front = apps.apply(packageName, AppAction.LAUNCH, why);
        return front.ok() ? Outcome.ok("pressed \"" + command + "\": " + front.message()) : front;
    }

    /** Appends to what is queued already: presses made while the app could not run them all wait their turn. */
    private void queue(String packageName, String command) {
        Object waiting = settings.get(packageName, QUEUE);
        List<Object> queued = new ArrayList<>();
        if (waiting instanceof List<?> list) {
            queued.addAll(list);
        } else if (waiting != null) {
            queued.add(waiting);
        }
        queued.add(command);
        Object value = JsonValues.immutableCopy(queued, "local setting '" + QUEUE + "'");
        settings.put(packageName, QUEUE, value);
        log.emit(Subjects.ofPackage(packageName), new Events.LocalSettingChanged(QUEUE, value, false));
    }
}
