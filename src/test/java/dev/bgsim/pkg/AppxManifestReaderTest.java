package dev.bgsim.pkg;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.bgsim.pkg.ManifestFixtures.appx;
import static dev.bgsim.pkg.ManifestFixtures.assertAt;
import static dev.bgsim.pkg.ManifestFixtures.assertLoaded;
import static dev.bgsim.pkg.ManifestFixtures.assertRefused;
import static dev.bgsim.pkg.ManifestFixtures.only;
import static dev.bgsim.pkg.ManifestFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AppxManifestReaderTest {
    private final PackageLoader loader = new PackageLoader();

    @TempDir
    Path dir;

    @Test
    void uapFixtureReadsEveryHostPlacement() {
        PackageLoadResult result = loader.load(ManifestFixtures.resource("uap-hosts.appxmanifest"));
        assertLoaded(result);
        BgsimPackage pkg = result.loadedPackage().orElseThrow();
        assertEquals("Fixtures.HostPlacements", pkg.name());
        assertEquals(PackageVersion.parse("2.1.0.7"), pkg.identity().version());
        assertEquals("CN=bgsim tests", pkg.identity().publisher());
        assertEquals(List.of("default host", "resource group bar", "multiple instances", "default host"),
                pkg.tasks().stream().map(t -> t.hostPlacement().describe()).toList());
        assertEquals(List.of("mediaProcessing"), pkg.tasks().get(3).taskTypes());
        assertEquals("Tasks.UpdateTask", pkg.updateTasks().get(0).entryPoint());
        assertEquals(List.of("internetClient", "extendedBackgroundTaskTime"), pkg.capabilities());
        assertFalse(pkg.declaresTask("Tasks.NotATask"), "an appService EntryPoint is not a task");
    }

    @Test
    void windows81FixtureReadsDeviceServicingAndControlChannelWithExecutable() {
        PackageLoadResult result = loader.load(ManifestFixtures.resource("win81-device-comm.appxmanifest"));
        assertLoaded(result);
        BgsimPackage pkg = result.loadedPackage().orElseThrow();
        assertEquals(List.of("deviceServicing"), pkg.tasks().get(0).taskTypes());
        assertEquals(List.of("controlChannel", "pushNotification"), pkg.tasks().get(1).taskTypes());
        assertEquals("DeviceComm.exe", pkg.tasks().get(1).executable());
        assertTrue(result.diagnostics().stream().noneMatch(d -> d.severity() == Severity.WARNING));
    }

    @Test
    void malformedXmlReportsTheLineWhereTheParserFailed() {
        Path file = write(dir, "Package.appxmanifest", """
                <?xml version="1.0" encoding="utf-8"?>
                <Package xmlns="http://schemas.microsoft.com/appx/manifest/foundation/windows10">
                  <Identity Name="Broken" Version="1.0.0.0" />
                  <Applications>
                    <Application Id="App">
                  </Applications>
                </Package>
                """);
        PackageLoadResult result = loader.load(file);
        assertRefused(result);
        Diagnostic error = only(result, Severity.ERROR, "malformed XML");
        assertEquals(6, error.location().line(), error.format());
        assertTrue(error.message().contains("Application"), error.message());
        assertTrue(error.format().startsWith(file + ":6:"), error.format());
    }

    @Test
    void unknownTaskTypeIsAnErrorAtTheTypeNamingTheValidOnes() {
        PackageLoadResult result = loader.load(appx(dir, """
                  <Extension Category="windows.backgroundTasks" EntryPoint="Tasks.A">
                    <BackgroundTasks><Task Type="timmer" /></BackgroundTasks>
                  </Extension>"""));
        assertRefused(result);
        Diagnostic error = only(result, Severity.ERROR, "unknown task type \"timmer\"");
        assertAt(7, 32, error);
        assertTrue(error.hint().contains("expected one of: systemEvent, timer, general"), error.hint());
        assertTrue(error.hint().contains("startup"), error.hint());
    }

    @Test
    void taskTypeInTheWrongCaseSuggestsTheRightOne() {
        PackageLoadResult result = loader.load(appx(dir, """
                  <Extension Category="windows.backgroundTasks" EntryPoint="Tasks.A">
                    <BackgroundTasks><uap:Task Type="Timer" /></BackgroundTasks>
                  </Extension>"""));
        assertTrue(only(result, Severity.ERROR, "unknown task type \"Timer\"").hint().startsWith("did you mean \"timer\"?"));
    }

    @Test
    void resourceGroupWithMultipleInstancesIsRefused() {
        PackageLoadResult result = loader.load(appx(dir, """
                  <Extension Category="windows.backgroundTasks" EntryPoint="Tasks.A" ResourceGroup="bar">
                    <BackgroundTasks uap4:SupportsMultipleInstances="true"><Task Type="timer" /></BackgroundTasks>
                  </Extension>"""));
        assertRefused(result);
        Diagnostic error = only(result, Severity.ERROR, "supportsMultipleInstances together with resource group \"bar\"");
        assertAt(7, 52, error);
        assertTrue(error.hint().contains("remove supportsMultipleInstances or the resource group"));
    }

    @Test
    void serverNameWithMultipleInstancesIsRefused() {
        PackageLoadResult result = loader.load(appx(dir, """
                  <Extension Category="windows.backgroundTasks" EntryPoint="Tasks.A" uap4:SupportsMultipleInstances="true">
                    <BackgroundTasks ServerName="Host1"><Task Type="timer" /></BackgroundTasks>
                  </Extension>"""));
        assertAt(6, 100, only(result, Severity.ERROR, "together with server name \"Host1\""));
    }

    @Test
    void resourceGroupNameMustBeAlphanumericStartingWithALetter() {
        PackageLoadResult result = loader.load(appx(dir, """
                  <Extension Category="windows.backgroundTasks" EntryPoint="Tasks.A" ResourceGroup="my-group">
                    <BackgroundTasks><Task Type="timer" /></BackgroundTasks>
                  </Extension>
                  <Extension Category="windows.backgroundTasks" EntryPoint="Tasks.B" ResourceGroup="1st">
                    <BackgroundTasks><Task Type="timer" /></BackgroundTasks>
                  </Extension>"""));
        assertRefused(result);
        Diagnostic dash = only(result, Severity.ERROR, "resource group \"my-group\" is not a valid name");
        assertAt(6, 83, dash);
        assertTrue(dash.hint().contains("starting with a letter, e.g. \"mygroup\""), dash.hint());
        assertAt(9, 83, only(result, Severity.ERROR, "resource group \"1st\" is not a valid name"));
    }

    @Test
    void executableOnATaskThatIsNeitherControlChannelNorPushIsAWarningAndTheManifestLoads() {
        PackageLoadResult result = loader.load(appx(dir, """
                  <Extension Category="windows.backgroundTasks" EntryPoint="Tasks.A" Executable="Other.exe">
                    <BackgroundTasks><Task Type="timer" /></BackgroundTasks>
                  </Extension>"""));
        assertLoaded(result);
        Diagnostic warning = only(result, Severity.WARNING, "names executable \"Other.exe\"");
        assertAt(6, 80, warning);
        assertTrue(warning.message().contains("none of its task types (timer) is controlChannel or pushNotification"));
    }

    @Test
    void otherExtensionsWithEntryPointOrExecutableAreNotTasks() {
        PackageLoadResult result = loader.load(appx(dir, """
                  <uap:Extension Category="windows.appService" EntryPoint="Tasks.Service"><uap:AppService Name="s" /></uap:Extension>
                  <uap:Extension Category="windows.fileTypeAssociation" EntryPoint="Fixtures.App"><uap:FileTypeAssociation Name="x" /></uap:Extension>
                  <uap5:Extension Category="windows.startupTask" Executable="App.exe" EntryPoint="Fixtures.App"><uap5:StartupTask TaskId="t" /></uap5:Extension>
                  <desktop:Extension Category="windows.fullTrustProcess" Executable="Helper.exe" />
                  <uap5:Extension Category="windows.appExecutionAlias" Executable="App.exe" EntryPoint="Fixtures.App" />
                  <uap:Extension Category="windows.backgroundTasks" EntryPoint="Tasks.Real"><BackgroundTasks><Task Type="general" /></BackgroundTasks></uap:Extension>"""));
        assertLoaded(result);
        assertEquals(List.of("Tasks.Real"), result.loadedPackage().orElseThrow().tasks().stream().map(DeclaredTask::entryPoint).toList());
    }

    @Test
    void extensionWithoutTaskTypeIsAnError() {
        PackageLoadResult result = loader.load(appx(dir, """
                  <Extension Category="windows.backgroundTasks" EntryPoint="Tasks.A"><BackgroundTasks /></Extension>"""));
        assertAt(6, 1, only(result, Severity.ERROR, "Tasks.A declares no task type"));
    }

    @Test
    void taskWithNeitherEntryPointNorStartPageIsAnError() {
        PackageLoadResult result = loader.load(appx(dir, """
                  <Extension Category="windows.backgroundTasks"><BackgroundTasks><Task Type="timer" /></BackgroundTasks></Extension>"""));
        assertAt(6, 1, only(result, Severity.ERROR, "neither an entry point nor a start page"));
    }

    @Test
    void externalEntitiesAreNotRead() {
        Path secret = write(dir, "secret.txt", "TOP-SECRET");
        Path file = write(dir, "Package.appxmanifest", """
                <?xml version="1.0" encoding="utf-8"?>
                <!DOCTYPE Package [ <!ENTITY xxe SYSTEM "%s"> ]>
                <Package xmlns="http://schemas.microsoft.com/appx/manifest/foundation/windows10">
                  <Identity Name="Xxe" Version="1.0.0.0" />
                  <Properties><DisplayName>&xxe;</DisplayName></Properties>
                </Package>
                """.formatted(secret.toUri()));
        PackageLoadResult result = loader.load(file);
        assertRefused(result);
        assertTrue(result.diagnostics().stream().noneMatch(d -> d.format().contains("TOP-SECRET")));
        assertEquals(2, result.errors().get(0).location().line(), result.errors().get(0).format());
    }

    @Test
    void missingIdentityIsAnError() {
        Path file = write(dir, "AppxManifest.xml", """
                <Package xmlns="http://schemas.microsoft.com/appx/manifest/foundation/windows10"><Applications /></Package>
                """);
        PackageLoadResult result = loader.load(file);
        Diagnostic error = only(result, Severity.ERROR, "no <Identity> element");
        assertTrue(error.hint().contains("<Identity Name="));
    }

    @Test
    void badVersionPointsAtTheVersionValue() {
        Path file = write(dir, "AppxManifest.xml", """
                <Package xmlns="http://schemas.microsoft.com/appx/manifest/foundation/windows10">
                  <Identity Name="A"
                            Version="1.0.beta" />
                </Package>
                """);
        assertAt(3, 22, only(loader.load(file), Severity.ERROR, "version \"1.0.beta\" is not Major.Minor.Build.Revision"));
    }

    @Test
    void wrongRootElementIsAnError() {
        Path file = write(dir, "AppxManifest.xml", "<Manifest><Identity Name=\"A\" Version=\"1.0.0.0\"/></Manifest>\n");
        assertAt(1, 1, only(loader.load(file), Severity.ERROR, "the root element is <Manifest>, not <Package>"));
    }

    @Test
    void utf16ManifestWithByteOrderMarkIsRead() throws Exception {
        String text = ManifestFixtures.APPX_TEMPLATE.formatted("""
                  <Extension Category="windows.backgroundTasks" EntryPoint="Tasks.A"><BackgroundTasks><Task Type="timer" /></BackgroundTasks></Extension>""")
                .replace("encoding=\"utf-8\"", "encoding=\"utf-16\"");
        Path file = dir.resolve("Package.appxmanifest");
        Files.write(file, ("\uFEFF" + text).getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        PackageLoadResult result = loader.load(file);
        assertLoaded(result);
        assertEquals(6, result.loadedPackage().orElseThrow().tasks().get(0).location().line());
    }
}
