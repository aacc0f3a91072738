package org.consortia.common;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * Results that are costly to compute from projects' data and cheap to check: their key holds the
 * projects' revisions (and the day, view, language…) they were computed
 * for, so a changed project simply asks for a key not cached yet and nothing needs invalidating.
 * Held up to a total weight, least recently used evicted first; callers asking for a key being
 * computed wait for that computation instead of repeating it. Metered as {@code cache.*} with the
 * cache's name.
 */
public final class RevisionCache<K, V> {

    /** Entries not asked for in this long go, whatever the room left (their revisions have moved on). */
    private static final Duration IDLE = Duration.ofHours(1);

    private final Cache<K, V> cache;

    public RevisionCache(String name, long maximumWeight, ToIntFunction<V> weight, MeterRegistry registry) {
        cache = Caffeine.newBuilder()
                .maximumWeight(maximumWeight)
                .weigher((K key, V value) -> weight.applyAsInt(value))
                .expireAfterAccess(IDLE)
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(registry, cache, name);
    }

    /** The value for {@code key}, computed by {@code compute} (on this thread) when not held. */
    public V get(K key, Supplier<V> compute) {
        return cache.get(key, ignored -> compute.get());
    }
}
