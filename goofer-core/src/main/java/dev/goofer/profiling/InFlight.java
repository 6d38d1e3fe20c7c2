package dev.goofer.profiling;

import java.util.ArrayList;
import java.util.List;

import dev.goofer.query.Operation;
import org.jspecify.annotations.Nullable;

/**
 * One operation being profiled on the current thread: what the layers below report about
 * it (statements, shard, cache result) while it runs.
 */
final class InFlight {

    static final int MAX_SQL = 32;

    final Operation<?> operation;

    final @Nullable InFlight parent;

    final long start;

    String shard;

    String cached = "none";

    int statements;

    final List<String> sql = new ArrayList<>(2);

    InFlight(Operation<?> operation, @Nullable InFlight parent, long start, String shard) {
        this.operation = operation;
        this.parent = parent;
        this.start = start;
        this.shard = shard;
    }

    void statement(String text, boolean record) {
        this.statements++;
        if (record && this.sql.size() < MAX_SQL) {
            this.sql.add(text);
        }
    }

}
