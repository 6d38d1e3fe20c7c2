package dev.goofer.sharding;

import javax.sql.DataSource;

import dev.goofer.execution.QueryExecutor;

/**
 * One database of a shard: its primary or a replica.
 *
 * @param shard the shard name
 * @param replica the replica index, or -1 for the primary
 * @param executor the executor
 * @param dataSource the data source
 */
record Node(String shard, int replica, QueryExecutor executor, DataSource dataSource) {

    boolean primary() {
        return this.replica < 0;
    }

    String label() {
        return primary() ? "primary" : "replica " + this.replica;
    }

}
