package dev.bgsim.pkg;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PackageVersionTest {
    @Test
    void fourPartsAreRead() {
        assertEquals(new PackageVersion(22505, 1401, 17, 0), PackageVersion.parse("22505.1401.17.0"));
        assertEquals("1.2.3.4", PackageVersion.parse("1.2.3.4").toString());
    }

    @Test
    void shortVersionsArePaddedWithZeros() {
        assertEquals(PackageVersion.parse("2.1.0.0"), PackageVersion.parse("2.1"));
    }

    @Test
    void versionsComparePartByPart() {
        assertTrue(PackageVersion.parse("1.10.0.0").compareTo(PackageVersion.parse("1.9.9.9")) > 0);
        assertTrue(PackageVersion.parse("1.0.0.1").compareTo(PackageVersion.parse("1.0.0.0")) > 0);
        assertEquals(0, PackageVersion.parse("1.0").compareTo(PackageVersion.parse("1.0.0.0")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1.0.0.0.0", "1.a.0.0", "65536.0.0.0", "-1.0.0.0", "1..0.0", " 1.0"})
    void badVersionsAreRefusedWithTheExpectedForm(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PackageVersion.parse(text));
        assertTrue(e.getMessage().contains("Major.Minor.Build.Revision"), e.getMessage());
    }
}
