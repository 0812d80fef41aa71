package dev.bgsim.checker.lint;

import dev.bgsim.pkg.JavaSourceCompiler;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The constant-pool scan: classes and members a class file refers to, whatever else its pool holds. */
class ClassReferencesTest {
    @Test
    void readsClassesMembersAndTheSuperclassPastLongsDoublesAndLambdas() throws IOException {
        Map<String, byte[]> classes = JavaSourceCompiler.compile(Map.of("p.Sample", """
                package p;
                public class Sample extends java.util.ArrayList<String> {
                    static final long BIG = 1L << 40;
                    static final double PI = 3.14159;
                    public void go(dev.bgsim.sdk.BackgroundTaskInstance task) {
                        long big = BIG + System.nanoTime();
                        double pi = PI * big;
                        Runnable r = () -> task.addCanceledListener((s, reason) -> { });
                        java.awt.Frame[] frames = new java.awt.Frame[(int) pi];
                        r.run();
                    }
                }
                """));
        ClassReferences refs = ClassReferences.read(classes.get("p/Sample.class"));
        assertEquals("p.Sample", refs.className());
        assertEquals("java.util.ArrayList", refs.superclassName());
        assertTrue(refs.members().contains("dev.bgsim.sdk.BackgroundTaskInstance.addCanceledListener"), refs::toString);
        assertTrue(refs.members().contains("java.lang.System.nanoTime"), refs::toString);
        assertTrue(refs.classes().contains("java.awt.Frame"), refs::toString);
    }

    @Test
    void somethingElseIsRefusedWithAReason() {
        IOException e = assertThrows(IOException.class, () -> ClassReferences.read(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
        assertEquals("not a class file (no CAFEBABE)", e.getMessage());
    }
}
