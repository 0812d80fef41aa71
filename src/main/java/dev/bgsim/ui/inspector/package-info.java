/** The inspector of the selected task instance. */
package dev.bgsim.ui.inspector;
