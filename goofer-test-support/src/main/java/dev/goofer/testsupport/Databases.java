package dev.goofer.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test class a fresh database of the given kind: declare a {@link TestDatabase}
 * parameter on a {@code @BeforeAll}, {@code @BeforeEach} or test method. The database is
 * created once per class and dropped after it. When no server is available the class is
 * skipped with one line saying why, or fails when CI requires databases.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(DatabaseExtension.class)
public @interface Databases {

    /**
     * The database kind for the annotated class.
     * @return the kind
     */
    DatabaseKind value();

}
