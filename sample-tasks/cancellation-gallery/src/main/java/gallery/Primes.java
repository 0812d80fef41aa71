package gallery;

/** The CPU-bound work {@link BusyLoop} and {@link WorksInSlices} share: trial division. */
final class Primes {

    private Primes() {
    }

    static boolean isPrime(long n) {
        if (n < 2) {
            return false;
        }
        for (long divisor = 2; divisor * divisor <= n; divisor++) {
            if (n % divisor == 0) {
                return false;
            }
        }
        return true;
    }

    /** The number of primes in {@code [from, to)}. */
    static long countBetween(long from, long to) {
        long count = 0;
        for (long n = from; n < to; n++) {
            if (isPrime(n)) {
                count++;
            }
        }
        return count;
    }
}
