package io.tributary.cli.generate;

/**
 * Pure, seeded hash functions. Whatever the generator must know about a customer in several places
 * (its kind, the day its row arrives, its profile) is a function of (seed, customer), so nothing
 * per customer needs to be kept in memory and every part of the run agrees.
 */
final class Hashing {
    private Hashing() {
    }

    /** The 64-bit finaliser of SplitMix64: a good mix of every input bit into every output bit. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** A hash of (seed, purpose, value); {@code purpose} keeps different decisions independent. */
    static long hash(long seed, int purpose, long value) {
        return mix64(seed * 0x9e3779b97f4a7c15L + mix64(value + purpose * 0xd1b54a32d192ed03L));
    }

    /** A value in [0, bound) from a hash. */
    static int below(long hash, int bound) {
        return (int) Long.remainderUnsigned(hash, bound);
    }
}
