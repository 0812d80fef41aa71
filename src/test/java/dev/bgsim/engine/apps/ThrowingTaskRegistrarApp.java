package dev.bgsim.engine.apps;

import dev.bgsim.engine.tasks.ThrowingTask;

/** RegistrarApp whose task throws. */
public class ThrowingTaskRegistrarApp extends RegistrarApp {
    @Override
    protected String taskClass() {
        return ThrowingTask.class.getName();
    }
}
