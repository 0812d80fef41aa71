/** The packages and registrations tree and its context actions. */
package dev.bgsim.ui.registry;
