package dev.bgsim.host.process;

import java.util.LinkedHashMap;
import java.util.Map;

/** One task per fault of the host fault matrix (docs/host-fault-matrix.md). Each prints a line before its fault. */
final class FaultTasks {
    private FaultTasks() {
    }

    private static String task(String name, String body) {
        return """
                package faults;
                import dev.bgsim.sdk.*;
                import java.util.*;
                import java.util.concurrent.*;
                public class %s implements BackgroundTask {
                    public void run(BackgroundTaskInstance t) throws Exception {
                        System.out.println("before the fault");
                %s
                    }
                }
                """.formatted(name, body);
    }

    static Map<String, String> sources() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("faults.ExitsInRun", task("ExitsInRun", "System.exit(3);"));
        s.put("faults.Halts", task("Halts", "Runtime.getRuntime().halt(5);"));
        s.put("faults.ThreadThrows", task("ThreadThrows", """
                Thread th = new Thread(() -> { throw new IllegalStateException("boom on a task thread"); }, "worker");
                th.start();
                th.join();
                """));
        s.put("faults.OomCaught", task("OomCaught", """
                List<long[]> hog = new ArrayList<>();
                try {
                    while (true) { hog.add(new long[1 << 16]); }
                } catch (OutOfMemoryError e) {
                    int held = hog.size();
                    hog = null;
                    System.out.println("caught OutOfMemoryError after " + held + " blocks");
                }
                """));
        s.put("faults.OomEscapes", task("OomEscapes", """
                List<long[]> hog = new ArrayList<>();
                while (true) { hog.add(new long[1 << 16]); }
                """));
        s.put("faults.BusyLoop", task("BusyLoop", """
                long x = 0;
                while (x >= 0) { x = (x + 1) & 0xFFFF; }
                """));
        s.put("faults.Deadlock", task("Deadlock", """
                Object a = new Object(), b = new Object();
                CountDownLatch both = new CountDownLatch(2);
                Thread t1 = new Thread(() -> { synchronized (a) { both.countDown(); await(both); synchronized (b) { } } });
                Thread t2 = new Thread(() -> { synchronized (b) { both.countDown(); await(both); synchronized (a) { } } });
                t1.start(); t2.start();
                t1.join();
                }
                static void await(CountDownLatch l) {
                    try { l.await(); } catch (InterruptedException e) { throw new RuntimeException(e); }
                """));
        s.put("faults.NeverCompletesDeferral", task("NeverCompletesDeferral", "t.getDeferral();"));
        s.put("faults.GarbageOnStdout", task("GarbageOnStdout", """
                java.io.FileOutputStream raw = new java.io.FileOutputStream(java.io.FileDescriptor.out);
                raw.write("garbage straight to fd 1\\n".getBytes());
                raw.flush();
                """));
        s.put("faults.FloodsOutput", task("FloodsOutput", """
                String line = "x".repeat(99);
                for (int i = 0; i < 100_000; i++) { System.out.println(line); }
                System.err.println("flood done");
                """));
        s.put("faults.ThousandThreads", task("ThousandThreads", """
                CountDownLatch go = new CountDownLatch(1);
                CountDownLatch started = new CountDownLatch(1000);
                List<Thread> all = new ArrayList<>();
                for (int i = 0; i < 1000; i++) {
                    Thread th = new Thread(() -> { started.countDown(); await(go); });
                    th.start();
                    all.add(th);
                }
                started.await();
                System.out.println("1000 threads running");
                go.countDown();
                for (Thread th : all) { th.join(); }
                System.out.println("1000 threads done");
                }
                static void await(CountDownLatch l) {
                    try { l.await(); } catch (InterruptedException e) { throw new RuntimeException(e); }
                """));
        s.put("faults.BlocksInOnCanceled", task("BlocksInOnCanceled", """
                BackgroundTaskDeferral d = t.getDeferral();
                t.addCanceledListener((sender, reason) -> {
                    System.out.println("onCanceled blocks forever");
                    try { new CountDownLatch(1).await(); } catch (InterruptedException e) { }
                });
                """));
        s.put("faults.OpensWindow", task("OpensWindow", """
                java.awt.Frame f = new java.awt.Frame("a window");
                f.setVisible(true);
                """));
        s.put("faults.ProgressLoop", task("ProgressLoop", """
                t.getDeferral();
                for (int i = 0; ; i++) { t.setProgress(i % 100); Thread.sleep(5); }
                """));
        s.put("faults.Completes", task("Completes", "t.setProgress(100);"));
        return s;
    }
}
