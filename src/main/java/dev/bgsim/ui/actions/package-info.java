/** The one catalogue of user actions and the factory that turns them into controls. */
package dev.bgsim.ui.actions;
