package dev.goofer.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains sharding properties that do not fit together or with the schema, such as a
 * routing property naming an unknown shard.
 */
class InvalidShardingConfigurationFailureAnalyzer
        extends AbstractFailureAnalyzer<InvalidShardingConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidShardingConfigurationException cause) {
        String description = "Invalid Goofer sharding configuration (" + cause.getProperty() + "): "
                + cause.getMessage();
        String action = "Fix " + cause.getProperty() + ". The configured shards are " + cause.getShards()
                + " (goofer.shards.<name>); model names are those of schema.prisma.";
        return new FailureAnalysis(description, action, cause);
    }

}
