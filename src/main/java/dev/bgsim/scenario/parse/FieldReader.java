package dev.bgsim.scenario.parse;

import dev.bgsim.scenario.DurationText;
import dev.bgsim.scenario.SourceLocation;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Reads the fields of one JSON object, recording a located problem for every unknown field,
 * missing required field, wrong type or out-of-range value. Typed reads return empty both when
 * the field is absent and when it is wrong; {@link #clean()} tells the two apart.
 */
final class FieldReader {

    private final LocatedObject object;
    private final String context;
    private final Problems problems;
    private final int problemsBefore;

    /**
     * @param object   the object to read
     * @param context  how messages name the object, e.g. {@code the "fire" step}
     * @param problems where problems go
     * @param allowed  the fields this object may have; any other is reported as unknown
     */
    FieldReader(LocatedObject object, String context, Problems problems, List<String> allowed) {
        this.object = object;
        this.context = context;
        this.problems = problems;
        this.problemsBefore = problems.count();
        reportUnknownFields(allowed);
    }

    /** True when nothing was wrong with this object so far (unknown fields included). */
    boolean clean() {
        return problems.count() == problemsBefore;
    }

    /** Where the object starts. */
    SourceLocation location() {
        return object.location();
    }

    /** How messages name the object. */
    String context() {
        return context;
    }

    Problems problems() {
        return problems;
    }

    /** The object's field names, in file order. */
    List<String> fieldNames() {
        return object.members().stream().map(LocatedObject.Member::name).toList();
    }

    boolean has(String field) {
        return object.has(field);
    }

    Optional<LocatedValue> value(String field) {
        return object.member(field).map(LocatedObject.Member::value);
    }

    /** Records a problem about this object as a whole. */
    void problem(String problem, String remedy) {
        problems.add(object.location(), problem, remedy);
    }

    /** Records that {@code field} is missing when it is; {@code example} is a JSON member to add. */
    boolean require(String field, String example) {
        if (has(field)) {
            return true;
        }
        problems.add(object.location(), context + " has no \"" + field + "\"", "add " + example);
        return false;
    }

    /** A non-blank string. */
    Optional<String> string(String field) {
        Optional<LocatedValue> value = value(field);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!(value.get() instanceof LocatedScalar scalar) || scalar.kind() != LocatedScalar.Kind.STRING) {
            wrongType(field, value.get(), "a string", "put the text in double quotes");
            return Optional.empty();
        }
        if (scalar.stringValue().isBlank()) {
            problems.add(scalar.location(), "\"" + field + "\" is empty", "write a non-empty value");
            return Optional.empty();
        }
        return Optional.of(scalar.stringValue());
    }

    Optional<Boolean> bool(String field) {
        Optional<LocatedValue> value = value(field);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof LocatedScalar scalar && scalar.kind() == LocatedScalar.Kind.BOOLEAN) {
            return Optional.of((Boolean) scalar.value());
        }
        wrongType(field, value.get(), "true or false", unquoteHint(value.get(), "true or false"));
        return Optional.empty();
    }

    /** A whole number from {@code min} to {@code max}. */
    Optional<Integer> wholeNumber(String field, int min, int max) {
        String range = rangeText(min, max);
        Optional<BigDecimal> number = number(field, "a whole number " + range, "a whole number " + range);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        LocatedValue located = value(field).orElseThrow();
        if (number.get().stripTrailingZeros().scale() > 0) {
            wrongType(field, located, "a whole number", "use a whole number " + range);
            return Optional.empty();
        }
        if (number.get().compareTo(BigDecimal.valueOf(min)) < 0 || number.get().compareTo(BigDecimal.valueOf(max)) > 0) {
            problems.add(located.location(), "\"" + field + "\" is " + number.get().toPlainString() + ", out of range",
                    "use a whole number " + range);
            return Optional.empty();
        }
        return Optional.of(number.get().intValueExact());
    }

    /** Any number from {@code min} to {@code max}. */
    Optional<Double> decimal(String field, double min, double max) {
        String range = "from " + plain(min) + " to " + plain(max);
        Optional<BigDecimal> number = number(field, "a number", "a number " + range);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        double value = number.get().doubleValue();
        if (!(value >= min && value <= max)) {
            problems.add(value(field).orElseThrow().location(),
                    "\"" + field + "\" is " + number.get().toPlainString() + ", out of range", "use a number " + range);
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** A duration text, see {@link DurationText}. */
    Optional<Duration> duration(String field) {
        Optional<LocatedValue> value = value(field);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!(value.get() instanceof LocatedScalar scalar) || scalar.kind() != LocatedScalar.Kind.STRING) {
            wrongType(field, value.get(), "a duration in quotes", DurationText.EXPECTED_FORMS);
            return Optional.empty();
        }
        try {
            return Optional.of(DurationText.parse(scalar.stringValue()));
        } catch (IllegalArgumentException e) {
            problems.add(scalar.location(), "\"" + field + "\": " + e.getMessage(), DurationText.EXPECTED_FORMS);
            return Optional.empty();
        }
    }

    /** One of the words of {@code vocabulary}. */
    <T> Optional<T> word(String field, Vocabulary<T> vocabulary) {
        Optional<String> text = stringOrWrongType(field, "a " + vocabulary.what() + " in quotes",
                "use one of: " + String.join(", ", vocabulary.words()));
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<T> meaning = vocabulary.lookup(text.get());
        if (meaning.isEmpty()) {
            problems.add(value(field).orElseThrow().location(), "\"" + field + "\": " + vocabulary.unknown(text.get()),
                    vocabulary.remedy(text.get()));
        }
        return meaning;
    }

    Optional<LocatedObject> object(String field, String example) {
        Optional<LocatedValue> value = value(field);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof LocatedObject inner) {
            return Optional.of(inner);
        }
        wrongType(field, value.get(), "an object", "write " + example);
        return Optional.empty();
    }

    Optional<LocatedArray> array(String field, String example) {
        Optional<LocatedValue> value = value(field);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof LocatedArray inner) {
            return Optional.of(inner);
        }
        wrongType(field, value.get(), "an array", "write " + example);
        return Optional.empty();
    }

    private Optional<String> stringOrWrongType(String field, String expected, String remedy) {
        Optional<LocatedValue> value = value(field);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof LocatedScalar scalar && scalar.kind() == LocatedScalar.Kind.STRING) {
            return Optional.of(scalar.stringValue());
        }
        wrongType(field, value.get(), expected, remedy);
        return Optional.empty();
    }

    private Optional<BigDecimal> number(String field, String expected, String remedy) {
        Optional<LocatedValue> value = value(field);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof LocatedScalar scalar && scalar.isNumber()) {
            return Optional.of(scalar.decimalValue());
        }
        wrongType(field, value.get(), expected, unquoteHint(value.get(), remedy));
        return Optional.empty();
    }

    /** "write it without quotes: 80" when a string holds what the field wants; else the remedy. */
    private static String unquoteHint(LocatedValue value, String remedy) {
        if (value instanceof LocatedScalar scalar && scalar.kind() == LocatedScalar.Kind.STRING) {
            String text = scalar.stringValue().strip();
            if (text.equals("true") || text.equals("false") || text.matches("-?\\d+(\\.\\d+)?")) {
                return "write it without quotes: " + text;
            }
        }
        return "use " + remedy;
    }

    private void wrongType(String field, LocatedValue value, String expected, String remedy) {
        problems.add(value.location(), "\"" + field + "\" must be " + expected + ", not " + value.describe(), remedy);
    }

    private void reportUnknownFields(List<String> allowed) {
        for (LocatedObject.Member member : object.members()) {
            if (!allowed.contains(member.name())) {
                String list = context + " takes: " + String.join(", ", allowed);
                String remedy = NearestName.suggest(member.name(), allowed)
                        .map(s -> "did you mean \"" + s + "\"? " + list)
                        .orElse(list);
                problems.add(member.nameLocation(), "unknown field \"" + member.name() + "\" in " + context, remedy);
            }
        }
    }

    private static String rangeText(int min, int max) {
        return max == Integer.MAX_VALUE ? "of " + min + " or more" : "from " + min + " to " + max;
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
