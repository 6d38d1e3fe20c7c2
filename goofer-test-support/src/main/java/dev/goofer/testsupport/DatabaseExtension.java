package dev.goofer.testsupport;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The extension behind {@link Databases}. The kind may also come from a subclass that
 * overrides the annotation, so one abstract suite runs unchanged on every database.
 */
public final class DatabaseExtension implements BeforeAllCallback, ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(DatabaseExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        DatabaseKind kind = AnnotationSupport.findAnnotation(testClass, Databases.class)
            .map(Databases::value)
            .orElseThrow(() -> new IllegalStateException(testClass.getName() + " is not annotated with @Databases"));
        TestDatabases.Availability availability = TestDatabases.availability(kind);
        if (!availability.available()) {
            if (TestDatabases.required()) {
                throw new IllegalStateException(availability.reason() + " (" + TestDatabases.REQUIRE_VARIABLE
                        + " is set, so this is a failure)");
            }
            System.err.println(availability.reason());
            Assumptions.abort(availability.reason());
        }
        TestDatabase database = TestDatabases.create(kind, availability.adminUrl(), testClass.getSimpleName());
        context.getStore(NAMESPACE).put(TestDatabase.class, new Resource(database, availability.adminUrl()));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Resource resource = extensionContext.getStore(NAMESPACE).get(TestDatabase.class, Resource.class);
        if (resource == null) {
            throw new IllegalStateException("No test database for " + extensionContext.getDisplayName());
        }
        return resource.database();
    }

    /**
     * Drops the database when the class's store closes.
     */
    private record Resource(TestDatabase database, String adminUrl) implements AutoCloseable {

        @Override
        public void close() {
            TestDatabases.drop(this.database, this.adminUrl);
        }

    }

}
