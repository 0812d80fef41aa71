package dev.bgsim.scenario.parse;

import dev.bgsim.scenario.SourceLocation;

/** A JSON value that remembers where it starts in the file, so that every error can point at it. */
sealed interface LocatedValue permits LocatedObject, LocatedArray, LocatedScalar {

    /** Where the value starts. */
    SourceLocation location();

    /** The value as an error message names it: {@code the string "80"}, {@code an object}. */
    String describe();
}
