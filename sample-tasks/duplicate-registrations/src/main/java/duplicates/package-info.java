/**
 * The one pitfall the cancellation gallery cannot hold, because a package has one app: an app that
 * registers its task on every launch without looking for the registration it made last time.
 */
package duplicates;
