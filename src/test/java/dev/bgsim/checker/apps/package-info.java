/** Small apps for the checker's engine tests, each doing one thing the guidelines warn about, or its fix. */
package dev.bgsim.checker.apps;
