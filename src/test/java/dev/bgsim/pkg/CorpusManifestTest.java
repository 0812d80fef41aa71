package dev.bgsim.pkg;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The 20 real appx manifests of the shared corpus, read in place; each spot check is the file's "interesting" point (SOURCES.md). */
class CorpusManifestTest {
    private final PackageLoader loader = new PackageLoader();

    @BeforeEach
    void corpusIsPresent() {
        assumeTrue(CorpusManifests.folder().isPresent(), CorpusManifests.absentMessage());
    }

    static Stream<Path> corpus() {
        assumeTrue(CorpusManifests.folder().isPresent(), CorpusManifests.absentMessage());
        return CorpusManifests.files().stream();
    }

    private BgsimPackage load(String number) {
        PackageLoadResult result = loader.load(CorpusManifests.file(number));
        assertTrue(result.isLoaded(), () -> "corpus " + number + " did not load: " + result.diagnostics());
        return result.loadedPackage().orElseThrow();
    }

    private static List<String> entryPoints(BgsimPackage pkg) {
        return pkg.tasks().stream().map(DeclaredTask::entryPoint).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyCorpusManifestLoadsWithoutErrors(Path file) {
        PackageLoadResult result = loader.load(file);
        assertEquals(List.of(), result.errors(), "errors in " + file.getFileName());
        BgsimPackage pkg = result.loadedPackage().orElseThrow();
        assertEquals(PackageForm.APPX_MANIFEST, pkg.source().form());
        assertFalse(pkg.tasks().isEmpty(), "every corpus file declares background tasks");
        assertFalse(pkg.applications().isEmpty());
        assertTrue(pkg.tasks().stream().flatMap(t -> t.taskTypes().stream()).allMatch(TaskTypeTable.standard()::isKnown));
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.message().startsWith("no code")),
                "a manifest without code says so: " + result.diagnostics());
    }

    @Test
    void officialSampleHasTwoTasksWithTheirTypesAndPositions() {
        BgsimPackage pkg = load("01");
        assertEquals("Microsoft.SDKSamples.BackgroundTask.CS", pkg.name());
        assertEquals(PackageVersion.parse("1.0.0.0"), pkg.identity().version());
        assertEquals("Background Tasks C# Sample", pkg.identity().displayName());
        assertEquals("BackgroundTask.App", pkg.app().orElseThrow().entryPoint());
        assertEquals(List.of("Tasks.SampleBackgroundTask", "Tasks.ServicingComplete"), entryPoints(pkg));
        assertEquals(List.of("systemEvent", "timer"), pkg.tasks().get(0).taskTypes());
        assertEquals(List.of("systemEvent"), pkg.tasks().get(1).taskTypes());
        assertEquals(HostPlacement.defaultHost(), pkg.tasks().get(0).hostPlacement());
        assertEquals(List.of("internetClient"), pkg.capabilities());
        assertEquals(52, pkg.tasks().get(0).location().line());
        assertEquals(13, pkg.tasks().get(0).location().column());
        assertEquals(71, pkg.tasks().get(0).locationOf(DeclaredTask.ENTRY_POINT).column());
    }

    @Test
    void bluetoothAdvertisementSampleHasTwoBluetoothTasks() {
        BgsimPackage pkg = load("02");
        assertEquals(2, pkg.tasks().size());
        assertTrue(pkg.tasks().stream().allMatch(t -> t.taskTypes().equals(List.of("bluetooth"))));
    }

    @Test
    void blockAndFilterReadsUapTasksNextToPlainOnes() {
        BgsimPackage pkg = load("03");
        assertEquals(List.of(List.of("chatMessageNotification"), List.of("chatMessageNotification"), List.of("phoneCall"),
                List.of("general"), List.of("general")), pkg.tasks().stream().map(DeclaredTask::taskTypes).toList());
    }

    @Test
    void voipTaskKeepsItsServerNameAndTheAppServiceIsNoTask() {
        BgsimPackage pkg = load("04");
        assertEquals(List.of("VoipTasks.CallRtcTask"), entryPoints(pkg));
        assertEquals("VoipHost", pkg.tasks().get(0).serverName());
        assertEquals(HostPlacement.defaultHost(), pkg.tasks().get(0).hostPlacement());
    }

    @Test
    void customUsbReadsExtensionsBeforeVisualElements() {
        BgsimPackage pkg = load("05");
        assertEquals(List.of("deviceUse"), pkg.tasks().get(0).taskTypes());
        assertEquals(List.of("usb"), pkg.capabilities());
    }

    @Test
    void windows81GeolocationReadsM2TaskBetweenPlainOnes() {
        BgsimPackage pkg = load("06");
        assertEquals("GeolocationCS.App", pkg.app().orElseThrow().id());
        assertEquals(List.of("BackgroundTask.LocationBackgroundTask", "BackgroundTask.GeofenceBackgroundTask"), entryPoints(pkg));
        assertEquals(List.of("timer", "location", "systemEvent"), pkg.tasks().get(1).taskTypes());
        // BOM and CRLF: positions still count lines and columns as an editor shows them.
        assertEquals(SourceLocation.of(CorpusManifests.file("06").toString(), 24, 9), pkg.tasks().get(1).location());
    }

    @Test
    void realTimeCommunicationKeepsExecutableWithoutWarning() {
        PackageLoadResult result = loader.load(CorpusManifests.file("07"));
        DeclaredTask task = result.loadedPackage().orElseThrow().tasks().get(0);
        assertEquals("SimpleCommunication.exe", task.executable());
        assertEquals(List.of("controlChannel", "audio"), task.taskTypes());
        assertEquals("SimpleCommunication.App", task.entryPoint());
        assertTrue(result.diagnostics().stream().noneMatch(d -> d.severity() == Severity.WARNING), result.diagnostics()::toString);
    }

    @Test
    void javaScriptTaskHasNullEntryPointAndANote() {
        PackageLoadResult result = loader.load(CorpusManifests.file("08"));
        BgsimPackage pkg = result.loadedPackage().orElseThrow();
        assertNull(pkg.app().orElseThrow().entryPoint());
        assertEquals(Arrays.asList(null, "Tasks.SampleBackgroundTask", "Tasks.ServicingComplete"), entryPoints(pkg));
        assertEquals("js\\backgroundtask.js", pkg.tasks().get(0).startPage());
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.severity() == Severity.INFO
                && d.message().contains("JavaScript task js\\backgroundtask.js")), result.diagnostics()::toString);
    }

    @Test
    void vlcAudioTaskEntryPointDiffersFromTheAppsAndFileTypeAssociationIsNoTask() {
        BgsimPackage pkg = load("09");
        assertEquals(List.of("VLC_WinRT.App"), entryPoints(pkg));
        assertEquals("VLC_WinRT.Windows.App", pkg.app().orElseThrow().entryPoint());
        assertEquals(PackageVersion.parse("3.1.1.0"), pkg.identity().version());
    }

    @Test
    void unigramIgnoresCommentedOutTasksAndStartupTaskExtensions() {
        BgsimPackage pkg = load("10");
        assertEquals(List.of("Unigram.Native.Tasks.NotificationTask"), entryPoints(pkg));
        assertEquals(List.of("pushNotification"), pkg.tasks().get(0).taskTypes());
        assertNull(pkg.tasks().get(0).serverName());
        assertFalse(pkg.tasks().get(0).supportsMultipleInstances());
    }

    @Test
    void desktopBridgeKeepsBothApplicationsAndTheTaskBelongsToTheFirst() {
        BgsimPackage pkg = load("11");
        assertEquals(List.of("App", "Server"), pkg.applications().stream().map(ApplicationDeclaration::id).toList());
        assertEquals("App", pkg.app().orElseThrow().id());
        assertEquals("App", pkg.tasks().get(0).applicationId());
    }

    @Test
    void handWrittenAppxManifestWithCapabilitiesFirst() {
        BgsimPackage pkg = load("12");
        assertEquals(PackageVersion.parse("0.0.0.1"), pkg.identity().version());
        assertEquals(List.of("runFullTrust", "internetClient"), pkg.capabilities());
        assertEquals(List.of("systemEvent", "timer"), pkg.tasks().get(0).taskTypes());
    }

    @Test
    void iotStartupTaskIsRead() {
        BgsimPackage pkg = load("13");
        assertNull(pkg.app().orElseThrow().entryPoint());
        assertEquals(List.of("BlinkyService.StartupTask"), entryPoints(pkg));
        assertEquals(List.of("startup"), pkg.tasks().get(0).taskTypes());
    }

    @Test
    void shinyDeclaresNineTaskTypesInOrder() {
        BgsimPackage pkg = load("14");
        assertEquals(List.of("bluetooth", "deviceConnectionChange", "deviceServicing", "deviceUse", "general", "location",
                "systemEvent", "pushNotification", "timer"), pkg.tasks().get(0).taskTypes());
    }

    @Test
    void winoMailHasAnUpdateTaskAndItsFullTrustExtensionsAreNoTasks() {
        BgsimPackage pkg = load("15");
        assertEquals(List.of("Wino.BackgroundTasks.AppUpdatedTask"), pkg.updateTasks().stream().map(UpdateTaskDeclaration::entryPoint).toList());
        assertEquals(List.of("Wino.BackgroundTasks.SessionConnectedTask"), entryPoints(pkg));
        assertEquals("$targetentrypoint$", pkg.app().orElseThrow().entryPoint());
        assertEquals("Wino Mail", pkg.identity().displayName());
    }

    @Test
    void preInstalledConfigTaskIsNeitherATaskNorAnUpdateTask() {
        BgsimPackage pkg = load("16");
        assertEquals(List.of("BackgroundTasks.SessionConnectedTask"), entryPoints(pkg));
        assertEquals(List.of("BackgroundTasks.UpdateTask"), pkg.updateTasks().stream().map(UpdateTaskDeclaration::entryPoint).toList());
    }

    @Test
    void windowsAppSdkTaskHasNoExecutableFromTheComServer() {
        BgsimPackage pkg = load("17");
        assertEquals(List.of("Microsoft.Windows.ApplicationModel.Background.UniversalBGTask.Task"), entryPoints(pkg));
        assertNull(pkg.tasks().get(0).executable());
        assertEquals(List.of("general"), pkg.tasks().get(0).taskTypes());
    }

    @Test
    void uwpxReadsTasksInSeparateExtensions() {
        BgsimPackage pkg = load("18");
        assertEquals(List.of(List.of("pushNotification"), List.of("timer")), pkg.tasks().stream().map(DeclaredTask::taskTypes).toList());
    }

    @Test
    void windowsStoreKeepsTheMisspelledEntryPointVerbatim() {
        BgsimPackage pkg = load("19");
        assertEquals(5, pkg.tasks().size());
        assertEquals(List.of("App", "StoreDesktopExtension"), pkg.applications().stream().map(ApplicationDeclaration::id).toList());
        assertEquals("Windows.FullTrustApplcation", pkg.applications().get(1).entryPoint());
        assertEquals(List.of("WinStore.Tasks.StoreUpdateTask"), pkg.updateTasks().stream().map(UpdateTaskDeclaration::entryPoint).toList());
        assertEquals(PackageVersion.parse("22505.1401.17.0"), pkg.identity().version());
    }

    @Test
    void windowsClientPackageHasThirtyApplicationsAndKeepsDuplicateEntryPoints() {
        PackageLoadResult result = loader.load(CorpusManifests.file("20"));
        BgsimPackage pkg = result.loadedPackage().orElseThrow();
        assertEquals(30, pkg.applications().size());
        assertEquals(19, pkg.applications().stream().filter(a -> a.entryPoint() == null).count());
        assertEquals(29, pkg.tasks().size());
        assertEquals(9, pkg.tasks().stream().map(DeclaredTask::applicationId).distinct().count());
        assertEquals(List.of("AccountsService.BackgroundTask.UpdateTask", "DesktopSpotlight.BackgroundTask.UpdateTask",
                "IrisService.BackgroundTask.UpdateTask", "RulesEngine.BackgroundTask.UpdateTask",
                "WebExperienceHost.BackgroundTask.UpdateTask", "WindowsBackup.BackupNotificationUpdateTask",
                "wsw.BackgroundTask.UpdateTask"), pkg.updateTasks().stream().map(UpdateTaskDeclaration::entryPoint).sorted().toList());
        // desktop4:SupportsMultipleInstances on an Application is not a task attribute.
        assertTrue(pkg.tasks().stream().noneMatch(DeclaredTask::supportsMultipleInstances));
        assertEquals(2, result.diagnostics().stream().filter(d -> d.message().contains("is declared again")).count());
        assertEquals(27, pkg.tasks().stream().map(DeclaredTask::entryPoint).filter(Objects::nonNull).distinct().count());
    }
}
