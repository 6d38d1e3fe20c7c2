package dev.goofer.sharding;

import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;

@Databases(DatabaseKind.POSTGRESQL)
class PostgresShardMergeTests extends ShardMergeTests {

}
