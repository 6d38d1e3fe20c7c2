package dev.goofer.integration;

import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;

@Databases(DatabaseKind.MYSQL)
class MariaDbBlogCacheConsistencyTests extends BlogCacheConsistencyTests {

}
