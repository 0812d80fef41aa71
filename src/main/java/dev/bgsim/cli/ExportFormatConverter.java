package dev.bgsim.cli;

import dev.bgsim.scenario.export.ExportFormat;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --to trace|scenario|csv|png}, in lower case as the SPEC writes them. */
final class ExportFormatConverter implements ITypeConverter<ExportFormat> {
    @Override
    public ExportFormat convert(String value) {
        return Arrays.stream(ExportFormat.values()).filter(f -> f.word().equals(value)).findFirst()
                .orElseThrow(() -> new TypeConversionException("unknown export format '" + value + "'; use one of: "
                        + Arrays.stream(ExportFormat.values()).map(ExportFormat::word).collect(Collectors.joining(", "))));
    }

    /** The words, for help and completion. */
    static final class Words implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Arrays.stream(ExportFormat.values()).map(ExportFormat::word).iterator();
        }
    }
}
