package dev.goofer.cache;

import java.util.Objects;

import dev.goofer.query.Operation;
import org.jspecify.annotations.Nullable;

/**
 * The key of a cached result: the operation (its shape and values, by the value equality
 * of the AST records) and the shard it was read from. The hash is computed once.
 */
final class CacheKey {

    private final Operation<?> operation;

    private final @Nullable String shard;

    private final @Nullable Object hint;

    private final int hash;

    CacheKey(Operation<?> operation, @Nullable String shard, @Nullable Object hint) {
        this.operation = operation;
        this.shard = shard;
        this.hint = hint;
        this.hash = (operation.hashCode() * 31 + Objects.hashCode(shard)) * 31 + Objects.hashCode(hint);
    }

    Operation<?> operation() {
        return this.operation;
    }

    @Override
    public boolean equals(Object other) {
        return (other instanceof CacheKey that) && this.hash == that.hash && Objects.equals(this.shard, that.shard)
                && Objects.equals(this.hint, that.hint) && this.operation.equals(that.operation);
    }

    @Override
    public int hashCode() {
        return this.hash;
    }

    @Override
    public String toString() {
        return "CacheKey[" + this.operation.name() + " "
                + ((this.operation.model() != null) ? this.operation.model().name() : "raw") + "]";
    }

}
