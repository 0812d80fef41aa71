package dev.bgsim.pkg.json;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A JSON number.
 *
 * @param value    the exact value
 * @param integral true when written without fraction or exponent
 * @param position the first character
 */
public record JsonNumber(BigDecimal value, boolean integral, JsonPosition position) implements JsonValue {
    public JsonNumber {
        Objects.requireNonNull(value, "value");
    }

    /** True when the number is written as an integer that fits an {@code int}. */
    public boolean isInt() {
        if (!integral) {
            return false;
        }
        try {
            value.intValueExact();
            return true;
        } catch (ArithmeticException e) {
            return false;
        }
    }

    @Override
    public String kindName() {
        return "a number";
    }
}
