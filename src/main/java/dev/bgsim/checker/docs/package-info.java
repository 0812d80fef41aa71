/** The rules page of the docs, generated from the catalogue ({@link dev.bgsim.checker.docs.RulesPage}). */
package dev.bgsim.checker.docs;
