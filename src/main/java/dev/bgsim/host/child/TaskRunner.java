package dev.bgsim.host.child;

import dev.bgsim.host.protocol.Field;
import dev.bgsim.host.protocol.Message;
import dev.bgsim.host.protocol.MessageType;
import dev.bgsim.sdk.App;
import dev.bgsim.sdk.BackgroundActivatedEventArgs;
import dev.bgsim.sdk.BackgroundTaskInstance;
import dev.bgsim.sdk.BackgroundTask;
import java.util.List;

/**
 * Runs one instance's {@code run()} on a piece thread ({@link PieceThreads}): loads the entry point in the
 * package's class loader, creates the task, sends RUN_ENTERED, calls {@code run()} and sends
 * RUN_RETURNED or RUN_THREW (START_FAILED when the task could not even be made). For an app
 * activation (an in-process task of a package set to run isolated, where this host is the app's
 * process) the entry point is the package's {@link App} class and {@code onBackgroundActivated}
 * takes the place of {@code run()}. Started by the reader thread; everything else happens on the
 * run thread.
 */
final class TaskRunner {
    private final HostServices services;
    private final DebuggerWait debuggerWait = new DebuggerWait();

    TaskRunner(HostServices services) {
        this.services = services;
    }

    void start(HostInstance instance, String packageId, String entryPoint, List<String> codeJars, boolean appActivation) {
        services.pieces().start("bgsim-run-" + instance.shortId(), instance, null, new Runnable() {
            @Override
            public void run() {
                TaskRunner.this.run(instance, packageId, entryPoint, codeJars, appActivation);
            }
        });
    }

    private void run(HostInstance instance, String packageId, String entryPoint, List<String> codeJars,
            boolean appActivation) {
        try {
            debuggerWait.awaitFirstAttach();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        Object entry = create(instance, packageId, entryPoint, codeJars, appActivation ? App.class : BackgroundTask.class);
        if (entry == null) {
            return;
        }
        send(Message.of(MessageType.RUN_ENTERED).with(Field.INSTANCE_ID, instance.id()));
        try {
            if (entry instanceof BackgroundTask task) {
                task.run(instance);
            } else {
                // An anonymous class, not a lambda: no LambdaMetafactory bootstrap in the host.
                ((App) entry).onBackgroundActivated(new BackgroundActivatedEventArgs() {
                    @Override
                    public BackgroundTaskInstance getTaskInstance() {
                        return instance;
                    }
                });
            }
        } catch (Throwable e) {
            // OutOfMemoryError included: the stack has unwound, so there is room to report it.
            send(Message.of(MessageType.RUN_THREW).with(Field.INSTANCE_ID, instance.id())
                    .with(Field.CLASS_NAME, e.getClass().getName()).withOptional(Field.MESSAGE, e.getMessage())
                    .with(Field.STACK, stackOf(e, entryPoint, appActivation)));
            return;
        }
        Runtime rt = Runtime.getRuntime();
        send(Message.of(MessageType.RUN_RETURNED).with(Field.INSTANCE_ID, instance.id())
                .with(Field.HEAP_USED, rt.totalMemory() - rt.freeMemory()).with(Field.HEAP_MAX, rt.maxMemory()));
    }

    /**
     * The error's stack; when the JVM gave it none (an OutOfMemoryError thrown from a preallocated
     * instance, once those with room for a backtrace are used up), says where it escaped from.
     */
    private static String stackOf(Throwable e, String entryPoint, boolean appActivation) {
        String text = StackText.of(e);
        if (e.getStackTrace().length == 0) {
            text += "\t(the JVM recorded no stack trace; the error escaped " + entryPoint
                    + (appActivation ? ".onBackgroundActivated" : ".run") + "())\n";
        }
        return text;
    }

    private Object create(HostInstance instance, String packageId, String entryPoint, List<String> codeJars,
            Class<?> kind) {
        try {
            ClassLoader loader = services.codeLoaders().of(packageId, codeJars);
            Thread.currentThread().setContextClassLoader(loader);
            instance.setCodeLoader(loader);
            Class<?> type = Class.forName(entryPoint, true, loader);
            if (!kind.isAssignableFrom(type)) {
                startFailed(instance, "entry point " + entryPoint + " does not implement " + kind.getName(), null);
                return null;
            }
            return type.getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            startFailed(instance, "entry point class " + entryPoint + " is not in the package's code jars " + codeJars, e);
        } catch (NoSuchMethodException e) {
            startFailed(instance, "entry point " + entryPoint + " has no public no-argument constructor", e);
        } catch (java.lang.reflect.InvocationTargetException e) {
            startFailed(instance, "the constructor of " + entryPoint + " threw " + e.getCause(), e.getCause());
        } catch (Throwable e) {
            startFailed(instance, "cannot create " + entryPoint + ": " + e, e);
        }
        return null;
    }

    private void startFailed(HostInstance instance, String message, Throwable cause) {
        Message.Builder b = Message.of(MessageType.START_FAILED).with(Field.INSTANCE_ID, instance.id())
                .with(Field.MESSAGE, message);
        if (cause != null) {
            b.with(Field.CLASS_NAME, cause.getClass().getName()).with(Field.STACK, StackText.of(cause));
        }
        send(b);
    }

    private void send(Message.Builder b) {
        services.channel().sendFromTask(b.build());
    }
}
