/**
 * In-process background tasks: work that runs inside the app's own process, entered through
 * {@link dev.bgsim.sdk.App#onBackgroundActivated} or a task group's listener, and what a
 * cancellation means there.
 */
package inprocess;
