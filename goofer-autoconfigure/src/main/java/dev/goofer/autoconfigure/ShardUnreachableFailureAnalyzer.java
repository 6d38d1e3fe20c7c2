package dev.goofer.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a shard whose database cannot be reached at startup.
 */
class ShardUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<ShardUnreachableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ShardUnreachableException cause) {
        String description = cause.getMessage() + "\n\nRoot cause: " + rootFailure;
        String action = "Check goofer.shards." + cause.getShard().replaceAll(" .*", "")
                + ".url, the credentials and that the database server is running and the database exists. To start "
                + "while a shard is down, set goofer.dialect (then no shard is contacted at startup, "
                + "goofer.schema.mode must be none, and the shard's health shows it down).";
        return new FailureAnalysis(description, action, cause);
    }

}
