package dev.goofer.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.goofer.execution.QueryExecutor;
import dev.goofer.execution.QueryOptions;
import dev.goofer.execution.TransactionOptions;
import dev.goofer.query.Operation;
import org.jspecify.annotations.Nullable;

/**
 * A hand-written fake delegate: every read answers with a list holding the number of
 * reads so far (so a cached answer is told from a fresh one), writes answer 1, and hooks
 * let a test act in the middle of a read or make writes fail.
 */
final class FakeDatabase implements QueryExecutor {

    final List<Operation<?>> executed = new ArrayList<>();

    int reads;

    int writes;

    int transactions;

    @Nullable Runnable duringNextRead;

    @Nullable RuntimeException writeFailure;

    @Nullable Function<Operation<?>, Object> answer;

    @Override
    @SuppressWarnings("unchecked")
    public <R> R execute(Operation<R> operation, QueryOptions options) {
        this.executed.add(operation);
        if (operation.readOnly()) {
            this.reads++;
            Runnable during = this.duringNextRead;
            if (during != null) {
                this.duringNextRead = null;
                during.run();
            }
            return (R) ((this.answer != null) ? this.answer.apply(operation) : List.of(this.reads));
        }
        this.writes++;
        if (this.writeFailure != null) {
            throw this.writeFailure;
        }
        return (R) Long.valueOf(1);
    }

    @Override
    public <T> T transaction(TransactionOptions options, Supplier<T> work) {
        this.transactions++;
        return work.get();
    }

}
