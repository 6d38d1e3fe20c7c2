package dev.goofer.cache;

/**
 * A cached result with what it depends on: valid while none of {@code models} changed
 * after {@code stamp}.
 *
 * @param value the immutable result
 * @param models the indexes of the models the read depends on
 * @param stamp the model clock taken before the database was read
 * @param ttlNanos the time to live
 */
record CacheEntry(Object value, int[] models, long stamp, long ttlNanos) {

}
