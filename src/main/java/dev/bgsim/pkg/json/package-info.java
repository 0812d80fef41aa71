/** A JSON tree that remembers the line and column of every value, so readers can point errors at the offending value. */
package dev.bgsim.pkg.json;
