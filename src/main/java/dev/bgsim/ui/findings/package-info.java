/** The findings tab: the guideline checker's live findings, and the guideline behind each one. */
package dev.bgsim.ui.findings;
