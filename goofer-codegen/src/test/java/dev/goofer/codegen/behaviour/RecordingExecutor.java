package dev.goofer.codegen.behaviour;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.goofer.execution.QueryExecutor;
import dev.goofer.execution.QueryOptions;
import dev.goofer.execution.TransactionOptions;
import dev.goofer.query.Operation;

/**
 * A hand-written fake executor that records operations and answers with a canned result.
 */
final class RecordingExecutor implements QueryExecutor {

    final List<Operation<?>> operations = new ArrayList<>();

    int transactions;

    private final Function<Operation<?>, Object> answer;

    RecordingExecutor(Function<Operation<?>, Object> answer) {
        this.answer = answer;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R execute(Operation<R> operation, QueryOptions options) {
        this.operations.add(operation);
        return (R) this.answer.apply(operation);
    }

    @Override
    public <T> T transaction(TransactionOptions options, Supplier<T> work) {
        this.transactions++;
        return work.get();
    }

    Operation<?> last() {
        return this.operations.get(this.operations.size() - 1);
    }

}
