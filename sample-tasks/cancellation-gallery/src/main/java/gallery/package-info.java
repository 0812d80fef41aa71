/**
 * The cancellation gallery: one background task per pitfall of the guidelines, each beside its
 * correct twin, and an app that registers its task only once.
 *
 * <p>Every bad task's Javadoc quotes the guideline it breaks and names its twin; every twin says
 * what it does differently. Each twin stands alone so that it can be copied alone: the three
 * deferral twins ({@link gallery.DeferralCompleted}, {@link gallery.AsyncWorkWithDeferral},
 * {@link gallery.CompletesDeferralOnce}) share one shape on purpose.
 */
package gallery;
