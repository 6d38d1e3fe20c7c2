package dev.goofer.autoconfigure;

import java.util.Set;

import dev.goofer.client.GooferClientBase;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Makes the schema initializer and the generated client wait for database initializers
 * (Flyway, Liquibase, SQL scripts), so that {@code goofer.schema.mode=validate} checks
 * the migrated database.
 */
class GooferDependsOnDatabaseInitializationDetector extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(GooferSchemaInitializer.class, GooferClientBase.class);
    }

}
