package dev.goofer.autoconfigure;

import java.util.List;

/**
 * Thrown at startup when {@code goofer.shards} and {@code goofer.routing} do not fit
 * together or with the schema, for example a routing property naming a shard that is not
 * configured.
 */
public class InvalidShardingConfigurationException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String property;

    private final List<String> shards;

    /**
     * Create the exception.
     * @param property the offending property, such as
     * {@code goofer.routing.default-shard}
     * @param message what is wrong
     * @param shards the configured shard names
     * @param cause the underlying failure, or {@code null}
     */
    public InvalidShardingConfigurationException(String property, String message, List<String> shards,
            @org.jspecify.annotations.Nullable Throwable cause) {
        super(message, cause);
        this.property = property;
        this.shards = List.copyOf(shards);
    }

    /**
     * Return the offending property.
     * @return the property name
     */
    public String getProperty() {
        return this.property;
    }

    /**
     * Return the configured shard names.
     * @return the shard names
     */
    public List<String> getShards() {
        return this.shards;
    }

}
