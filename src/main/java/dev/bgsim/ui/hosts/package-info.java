/** The host list with suspend, resume and kill. */
package dev.bgsim.ui.hosts;
