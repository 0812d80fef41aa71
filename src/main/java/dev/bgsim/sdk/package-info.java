/**
 * The bgsim SDK: the Java form of the UWP background-task API ({@code Windows.ApplicationModel.Background}) that background tasks and their apps compile against, and nothing else.
 */
package dev.bgsim.sdk;
