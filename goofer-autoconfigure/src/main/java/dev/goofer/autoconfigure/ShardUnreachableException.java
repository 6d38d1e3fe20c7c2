package dev.goofer.autoconfigure;

import org.jspecify.annotations.Nullable;

/**
 * Thrown at startup when a shard's database cannot be reached.
 */
public class ShardUnreachableException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String shard;

    private final @Nullable String url;

    /**
     * Create the exception.
     * @param shard the shard name
     * @param url the JDBC URL of the shard, when known
     * @param cause why it cannot be reached
     */
    public ShardUnreachableException(String shard, @Nullable String url, Throwable cause) {
        super("Shard \"" + shard + "\"" + ((url != null) ? " (" + url + ")" : "") + " cannot be reached: "
                + cause.getMessage(), cause);
        this.shard = shard;
        this.url = url;
    }

    /**
     * Return the shard name.
     * @return the shard
     */
    public String getShard() {
        return this.shard;
    }

    /**
     * Return the JDBC URL of the shard, when known.
     * @return the URL or {@code null}
     */
    public @Nullable String getUrl() {
        return this.url;
    }

}
