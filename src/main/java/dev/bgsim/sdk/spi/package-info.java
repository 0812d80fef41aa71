/**
 * The hooks by which the simulator serves SDK objects that app code creates with {@code new} (request triggers and task groups); for the simulator, task code never calls them.
 */
package dev.bgsim.sdk.spi;
