package dev.bgsim.junit;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Gives test, {@code @BeforeEach} and {@code @AfterEach} methods a {@link Simulator} parameter:
 * one per test (the same one to all three), started as the nearest {@link BgsimTest} says (the
 * method's, else the class's, else the defaults) and closed when the test ends.
 */
public final class BgsimExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BgsimExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Simulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            throw new ParameterResolutionException("a Simulator is given per test: take it in a test, @BeforeEach or "
                    + "@AfterEach method, not in " + parameter.getDeclaringExecutable().getName());
        }
        return context.getStore(NAMESPACE)
                .getOrComputeIfAbsent(OpenSimulator.class, key -> open(context), OpenSimulator.class)
                .simulator();
    }

    private static OpenSimulator open(ExtensionContext context) {
        SimulatorSettings settings = annotation(context.getTestMethod())
                .or(() -> annotation(context.getTestClass()))
                .map(SimulatorSettings::of)
                .orElse(SimulatorSettings.defaults());
        String name = context.getTestClass().map(Class::getSimpleName).orElse("test") + "."
                + context.getTestMethod().map(m -> m.getName()).orElse("test");
        return new OpenSimulator(Simulator.start(settings, name));
    }

    private static Optional<BgsimTest> annotation(Optional<? extends AnnotatedElement> element) {
        return element.flatMap(e -> AnnotationSupport.findAnnotation(e, BgsimTest.class));
    }

    /** Closes the test's simulator when JUnit discards the test's store. */
    private record OpenSimulator(Simulator simulator) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            simulator.close();
        }
    }
}
