/**
 * The official sample's foreground app: it registers the six scenarios' tasks, shows each
 * scenario's status line, and runs the scenario pages' buttons as commands (see
 * {@link sample.BackgroundTaskSampleApp}).
 */
package sample;
