package dev.goofer.codegen.emit;

import com.palantir.javapoet.ClassName;

/**
 * The runtime and JDK types generated code refers to.
 */
final class RuntimeTypes {

    static final String CLIENT = "dev.goofer.client";

    static final String METADATA = "dev.goofer.metadata";

    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");

    static final ClassName OVERRIDE = ClassName.get("java.lang", "Override");

    static final ClassName SAFE_VARARGS = ClassName.get("java.lang", "SafeVarargs");

    static final ClassName SUPPRESS_WARNINGS = ClassName.get("java.lang", "SuppressWarnings");

    static final ClassName OBJECT = ClassName.get("java.lang", "Object");

    static final ClassName CLASS = ClassName.get("java.lang", "Class");

    static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");

    static final ClassName OBJECTS = ClassName.get("java.util", "Objects");

    static final ClassName MAP = ClassName.get("java.util", "Map");

    static final ClassName CONSUMER = ClassName.get("java.util.function", "Consumer");

    static final ClassName DATA_SOURCE = ClassName.get("javax.sql", "DataSource");

    static final ClassName GENERATED_SUPPORT = ClassName.get("dev.goofer.internal", "GeneratedSupport");

    static final ClassName DATABASE_ENUM = ClassName.get("dev.goofer.types", "DatabaseEnum");

    static final ClassName ROW = ClassName.get("dev.goofer.query", "Row");

    static final ClassName CREATE_DATA = ClassName.get("dev.goofer.query", "CreateData");

    static final ClassName UPDATE_DATA = ClassName.get("dev.goofer.query", "UpdateData");

    static final ClassName QUERY_EXECUTOR = ClassName.get("dev.goofer.execution", "QueryExecutor");

    static final ClassName QUERY_OPTIONS = ClassName.get("dev.goofer.execution", "QueryOptions");

    static final ClassName JDBC_QUERY_EXECUTOR = ClassName.get("dev.goofer.execution", "JdbcQueryExecutor");

    static final ClassName RELATION_COUNTS = client("RelationCounts");

    static final ClassName RELATION_NOT_LOADED = client("RelationNotLoadedException");

    static final ClassName ROW_FACTORY = client("RowFactory");

    static final ClassName VIEW_CLIENT = client("ViewClient");

    static final ClassName WHERE_UNIQUE = client("WhereUnique");

    static final ClassName CREATE_INPUT = client("CreateInput");

    static final ClassName UPDATE_INPUT = client("UpdateInput");

    static final ClassName CREATE_BUILDER = client("CreateBuilder");

    static final ClassName UPDATE_BUILDER = client("UpdateBuilder");

    static final ClassName NUMBER_OPERATION = client("NumberOperation");

    static final ClassName TO_MANY_RELATION = client("ToManyRelation");

    static final ClassName TO_ONE_RELATION = client("ToOneRelation");

    static final ClassName TO_MANY_CREATE_WRITES = client("ToManyCreateWrites");

    static final ClassName TO_ONE_CREATE_WRITES = client("ToOneCreateWrites");

    static final ClassName TO_MANY_UPDATE_WRITES = client("ToManyUpdateWrites");

    static final ClassName TO_ONE_UPDATE_WRITES = client("ToOneUpdateWrites");

    static final ClassName LIST_FIELD = client("ListField");

    static final ClassName CLIENT_BASE = client("GooferClientBase");

    static final ClassName MODEL_CLIENT = client("ModelClient");

    static final ClassName CLIENT_DEFINITION = client("ClientDefinition");

    static final ClassName SCALAR_FIELD = client("ScalarField");

    static final ClassName MODEL_META = metadata("ModelMeta");

    static final ClassName SCHEMA_META = metadata("SchemaMeta");

    static final ClassName ENUM_META = metadata("EnumMeta");

    static final ClassName PROVIDER = metadata("Provider");

    private RuntimeTypes() {
    }

    static ClassName client(String simpleName) {
        return ClassName.get(CLIENT, simpleName);
    }

    static ClassName metadata(String simpleName) {
        return ClassName.get(METADATA, simpleName);
    }

}
