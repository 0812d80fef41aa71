/**
 * The official sample's two out-of-process background tasks, declared in the package manifest and
 * run in a task host process: {@link tasks.SampleBackgroundTask} (every scenario but servicing)
 * and {@link tasks.ServicingComplete} (runs after the app is updated).
 */
package tasks;
