package dev.goofer.schema.diagnostics;

import java.util.List;

/**
 * The wording of every schema diagnostic, in one place (like psl's {@code error.rs}).
 * Each factory returns a diagnostic whose message is a full sentence naming the items
 * involved, with schema names in double quotes and code in backticks.
 */
public final class SchemaErrors {

    private SchemaErrors() {
    }

    private static Diagnostic error(SourceSpan span, String message) {
        return Diagnostic.error(message, span);
    }

    private static Diagnostic warning(SourceSpan span, String message) {
        return Diagnostic.warning(message, span);
    }

    // ---- Syntax
    // ---------------------------------------------------------------------------

    /**
     * A block that is never closed.
     * @param keyword the block keyword
     * @param name the block name
     * @param span the line opening the block
     * @return the error
     */
    public static Diagnostic unclosedBlock(String keyword, String name, SourceSpan span) {
        return error(span, "The " + describe(keyword) + " \"" + name
                + "\" is never closed: a line with only `}` must end it before the end of the file or the next block.");
    }

    /**
     * A top-level line that starts no known block.
     * @param span the line
     * @return the error
     */
    public static Diagnostic invalidTopLevelLine(SourceSpan span) {
        return error(span, "This line is invalid. It does not start with any known Prisma schema keyword.");
    }

    /**
     * A block whose keyword is unknown.
     * @param keyword the word before the brace
     * @param span the block
     * @return the error
     */
    public static Diagnostic unknownBlock(String keyword, SourceSpan span) {
        return error(span, "This block is invalid. \"" + keyword + "\" is not a known Prisma schema keyword. "
                + "Valid keywords include 'model', 'view', 'enum', 'type', 'datasource' and 'generator'.");
    }

    /**
     * A line inside a model, view or composite type that is neither a field nor an
     * attribute.
     * @param container {@code model}, {@code view} or {@code type}
     * @param name the block name
     * @param detail an extra sentence saying what is wrong, or an empty string
     * @param span the line
     * @return the error
     */
    public static Diagnostic invalidModelLine(String container, String name, String detail, SourceSpan span) {
        return error(span, "This line is not a valid field or attribute definition in " + describe(container) + " \""
                + name + "\"." + detail);
    }

    /**
     * A line inside an enum that is neither a value nor an attribute.
     * @param name the enum name
     * @param detail an extra sentence, or an empty string
     * @param span the line
     * @return the error
     */
    public static Diagnostic invalidEnumLine(String name, String detail, SourceSpan span) {
        return error(span,
                "This line is not a valid enum value or attribute definition in enum \"" + name + "\"." + detail);
    }

    /**
     * A line inside a datasource or generator that is not a {@code key = value} pair.
     * @param kind {@code datasource} or {@code generator}
     * @param name the block name
     * @param detail an extra sentence, or an empty string
     * @param span the line
     * @return the error
     */
    public static Diagnostic invalidConfigLine(String kind, String name, String detail, SourceSpan span) {
        return error(span, "This line is not a valid definition within " + kind + " \"" + name + "\"." + detail);
    }

    /**
     * Text after the opening brace of a block, on the same line (one-line blocks).
     * @param container the block keyword
     * @param name the block name
     * @param span the text after the brace
     * @return the error
     */
    public static Diagnostic textAfterBlockOpen(String container, String name, SourceSpan span) {
        return error(span, "The contents of " + describe(container) + " \"" + name
                + "\" must start on a new line after the opening brace `{`; blocks cannot be written on one line.");
    }

    /**
     * A type alias ({@code type A = B}).
     * @param span the alias
     * @return the error
     */
    public static Diagnostic typeAlias(SourceSpan span) {
        return error(span, "Invalid type definition: type aliases such as `type Name = Type` are not supported. "
                + "Read about composite types at https://pris.ly/d/composite-types.");
    }

    /**
     * The legacy {@code name: Type} field syntax.
     * @param span the colon
     * @return the error
     */
    public static Diagnostic legacyColon(SourceSpan span) {
        return error(span, "Field declarations don't require a `:`.");
    }

    /**
     * The legacy {@code Type!} syntax.
     * @param span the type
     * @return the error
     */
    public static Diagnostic legacyRequiredType(SourceSpan span) {
        return error(span, "Fields are required by default, `!` is no longer required.");
    }

    /**
     * The legacy {@code [Type]} syntax.
     * @param span the type
     * @return the error
     */
    public static Diagnostic legacyListType(SourceSpan span) {
        return error(span, "To specify a list, please use `Type[]` instead of `[Type]`.");
    }

    /**
     * An optional list {@code Type[]?}.
     * @param span the type
     * @return the error
     */
    public static Diagnostic optionalList(SourceSpan span) {
        return error(span, "Optional lists are not supported. Use either `Type[]` or `Type?`.");
    }

    /**
     * A field without a type.
     * @param container the block keyword
     * @param model the block name
     * @param field the field name
     * @param span the field
     * @return the error
     */
    public static Diagnostic missingFieldType(String container, String model, String field, SourceSpan span) {
        return error(span, "Error validating " + container + " \"" + model + "\": This field declaration is invalid. "
                + "Field \"" + field + "\" is missing a type.");
    }

    /**
     * A type with a string argument other than {@code Unsupported("...")}.
     * @param type the type name
     * @param span the type
     * @return the error
     */
    public static Diagnostic typeWithArgument(String type, SourceSpan span) {
        return error(span,
                "Only `Unsupported(\"...\")` takes an argument in a field type, but \"" + type + "\" was given one.");
    }

    /**
     * An unknown escape sequence in a string.
     * @param span the escape
     * @return the error
     */
    public static Diagnostic unknownEscape(SourceSpan span) {
        return error(span,
                "Unknown escape sequence. If the value is a windows-style path, `\\` must be escaped as `\\\\`.");
    }

    /**
     * A malformed {@code \\uXXXX} escape in a string.
     * @param span the escape
     * @return the error
     */
    public static Diagnostic invalidUnicodeEscape(SourceSpan span) {
        return error(span, "Invalid unicode escape sequence.");
    }

    /**
     * A syntax error reported by the parser.
     * @param found what was found, for example {@code end of file}
     * @param expected the friendly list of what was expected
     * @param span where it was found
     * @return the error
     */
    public static Diagnostic syntaxError(String found, String expected, SourceSpan span) {
        return error(span, "Unexpected " + found + ". Expecting " + expected + ".");
    }

    // ---- Configuration blocks
    // -------------------------------------------------------------

    /**
     * {@return an error: a property is written as {@code key =} without a value}
     */
    public static Diagnostic configPropertyWithoutValue(String property, String kind, String block, SourceSpan span) {
        return error(span,
                "Property \"" + property + "\" in " + kind + " \"" + block + "\" needs to be assigned a value.");
    }

    /**
     * {@return an error: a configuration key appears twice in a block}
     */
    public static Diagnostic duplicateConfigKey(String kind, String block, String key, SourceSpan span) {
        return error(span, "Key \"" + key + "\" is already defined in " + kind + " \"" + block + "\".");
    }

    /**
     * {@return an error: a required property of a configuration block is missing}
     */
    public static Diagnostic missingConfigProperty(String property, String kind, String block, SourceSpan span) {
        return error(span, "Argument \"" + property + "\" is missing in " + kind + " block \"" + block + "\".");
    }

    /**
     * {@return an error: a configuration property is not known}
     */
    public static Diagnostic unknownConfigProperty(String property, String kind, String block, SourceSpan span) {
        return error(span, "Property not known: \"" + property + "\". The " + kind + " \"" + block
                + "\" does not take this property.");
    }

    /**
     * {@return an error: the provider of a datasource uses {@code env()}}
     */
    public static Diagnostic providerFromEnv(SourceSpan span) {
        return error(span, "A datasource must not use the env() function in the provider argument.");
    }

    /**
     * {@return an error: the provider of a datasource is not a string literal}
     */
    public static Diagnostic providerNotString(String block, SourceSpan span) {
        return error(span, "Error validating datasource \"" + block
                + "\": The provider argument in a datasource must be a string literal.");
    }

    /**
     * {@return an error: the provider of a datasource is empty}
     */
    public static Diagnostic providerEmpty(String block, SourceSpan span) {
        return error(span, "Error validating datasource \"" + block
                + "\": The provider argument in a datasource must not be empty.");
    }

    /**
     * {@return the single error given to MongoDB schemas}
     */
    public static Diagnostic mongoDbNotSupported(SourceSpan span) {
        return error(span, "The provider \"mongodb\" is not supported: Goofer supports the SQL providers "
                + "(postgresql, mysql, sqlite, sqlserver, cockroachdb).");
    }

    /**
     * {@return an error: the datasource provider is unknown}
     */
    public static Diagnostic unknownProvider(String provider, SourceSpan span) {
        return error(span, "Datasource provider not known: \"" + provider
                + "\". Goofer supports the SQL providers (postgresql, mysql, sqlite, sqlserver, cockroachdb).");
    }

    /**
     * {@return an error: the schema has more than one datasource}
     */
    public static Diagnostic multipleDatasources(String block, SourceSpan span) {
        return error(span, "Error validating datasource \"" + block
                + "\": You defined more than one datasource. A schema can only have one datasource.");
    }

    /**
     * {@return a warning: {@code referentialIntegrity} is the deprecated name of
     * {@code relationMode}}
     */
    public static Diagnostic referentialIntegrityDeprecated(SourceSpan span) {
        return warning(span, "The `referentialIntegrity` attribute is deprecated. Please use `relationMode` instead. "
                + "Learn more at https://pris.ly/d/relation-mode");
    }

    /**
     * {@return an error: both {@code relationMode} and {@code referentialIntegrity} are
     * set}
     */
    public static Diagnostic relationModeTwice(SourceSpan span) {
        return error(span, "The `referentialIntegrity` and `relationMode` attributes cannot be used together. "
                + "Please use only `relationMode` instead.");
    }

    /**
     * {@return an error: the relation mode is neither {@code prisma} nor
     * {@code foreignKeys}}
     */
    public static Diagnostic invalidRelationMode(String value, SourceSpan span) {
        return error(span,
                "Invalid relation mode setting: \"" + value + "\". Supported values: \"prisma\", \"foreignKeys\".");
    }

    /**
     * {@return an error: {@code env()} is called with something other than one string}
     */
    public static Diagnostic envArguments(SourceSpan span) {
        return error(span, "The env function expects a singular, unnamed, string argument.");
    }

    /**
     * {@return a warning: {@code env()} is called with a named argument}
     */
    public static Diagnostic envNamedArgument(SourceSpan span) {
        return warning(span, "The env function doesn't expect named arguments.");
    }

    /**
     * {@return an error: the shadow database URL equals the URL}
     */
    public static Diagnostic shadowDatabaseSameAsUrl(String block, SourceSpan span) {
        return error(span, "shadowDatabaseUrl is the same as url for datasource \"" + block
                + "\". Please specify a different database as shadow database to avoid data loss.");
    }

    /**
     * {@return an error: the shadow database URL equals the direct URL}
     */
    public static Diagnostic shadowDatabaseSameAsDirectUrl(String block, SourceSpan span) {
        return error(span, "shadowDatabaseUrl is the same as directUrl for datasource \"" + block
                + "\". Please specify a different database as shadow database to avoid data loss.");
    }

    /**
     * {@return an error: preview features are declared in a datasource}
     */
    public static Diagnostic previewFeaturesInDatasource(SourceSpan span) {
        return error(span, "Preview features are only supported in the generator block. "
                + "Please move this field to the generator block.");
    }

    /**
     * {@return an error: the {@code schemas} array is empty}
     */
    public static Diagnostic schemasEmpty(SourceSpan span) {
        return error(span, "If provided, the schemas array can not be empty.");
    }

    /**
     * {@return an error: a schema name appears twice in {@code schemas}}
     */
    public static Diagnostic duplicateSchemaName(String schema, SourceSpan span) {
        return error(span, "Duplicated schema names are not allowed: \"" + schema + "\" is listed more than once.");
    }

    /**
     * {@return an error: {@code schemas} on a provider without multi-schema support}
     */
    public static Diagnostic schemasNotSupported(SourceSpan span) {
        return error(span, "The `schemas` property is not supported on the current connector.");
    }

    /**
     * {@return an error: a PostgreSQL extension argument is given twice}
     */
    public static Diagnostic duplicateExtensionArgument(String argument, SourceSpan span) {
        return error(span, "Error validating: The argument `" + argument + "` can only be defined once.");
    }

    /**
     * {@return an error: a PostgreSQL extension argument has no name}
     */
    public static Diagnostic unnamedExtensionArgument(SourceSpan span) {
        return error(span, "Error validating: The argument must have a name.");
    }

    /**
     * {@return an error: a PostgreSQL extension argument is not known}
     */
    public static Diagnostic unknownExtensionArgument(String argument, SourceSpan span) {
        return error(span, "Argument not known: \"" + argument + "\".");
    }

    /**
     * {@return an error: {@code extensions} is used without the
     * {@code postgresqlExtensions} preview feature}
     */
    public static Diagnostic extensionsNeedPreviewFeature(SourceSpan span) {
        return error(span,
                "The `extensions` property is only available with the `postgresqlExtensions` preview feature.");
    }

    /**
     * {@return an error: an extension name breaks the identifier rules}
     */
    public static Diagnostic invalidExtensionName(String problem, SourceSpan span) {
        return error(span, "Error validating: " + problem);
    }

    /**
     * {@return a warning: a preview feature is not known to Goofer}
     */
    public static Diagnostic unknownPreviewFeature(String feature, String known, SourceSpan span) {
        return warning(span,
                "The preview feature \"" + feature + "\" is not known and is ignored. Known features: " + known + ".");
    }

    /**
     * {@return an error: a preview feature exists only for another provider}
     */
    public static Diagnostic previewFeatureNotForProvider(String feature, String provider, SourceSpan span) {
        return error(span, "The preview feature \"" + feature + "\" is not known for provider \"" + provider + "\".");
    }

    /**
     * {@return a warning: a preview feature is deprecated or generally available}
     */
    public static Diagnostic previewFeatureDeprecated(String feature, SourceSpan span) {
        return warning(span, "Preview feature \"" + feature + "\" is deprecated. The functionality can be used without "
                + "specifying it as a preview feature.");
    }

    /**
     * {@return a warning: the {@code metrics} preview feature is deprecated (Prisma 7
     * removed it)}
     */
    public static Diagnostic previewFeatureRemoved(String feature, SourceSpan span) {
        return warning(span, "Preview feature \"" + feature
                + "\" is deprecated. It will be removed in a future version " + "of Prisma, and Goofer ignores it.");
    }

    /**
     * {@return a warning: a preview feature was renamed for a provider}
     */
    public static Diagnostic previewFeatureRenamed(String feature, String renamed, SourceSpan span) {
        return warning(span, "On `provider = \"postgresql\"`, preview feature \"" + feature
                + "\" has been renamed to \"" + renamed + "\". Learn more at https://pris.ly/d/fts-postgres.");
    }

    /**
     * {@return an error: a configuration value must be a string or {@code env()}}
     */
    public static Diagnostic stringOrEnvExpected(String received, String value, SourceSpan span) {
        return error(span,
                "Expected a string value or env(\"VAR\"), but received " + received + " value `" + value + "`.");
    }

    // ---- Names
    // ----------------------------------------------------------------------------

    /**
     * {@return an error: a block is named after a built-in scalar type}
     */
    public static Diagnostic reservedScalarTypeName(String name, SourceSpan span) {
        return error(span, "\"" + name + "\" is a reserved scalar type name and cannot be used.");
    }

    /**
     * {@return an error: two top-level items share a name}
     */
    public static Diagnostic duplicateTopLevel(String kind, String name, String existingKind, SourceSpan span) {
        return error(span, "The " + kind + " \"" + name + "\" cannot be defined because " + article(existingKind) + " "
                + existingKind + " with that name already exists.");
    }

    /**
     * {@return an error: a name starts with a digit}
     */
    public static Diagnostic nameStartsWithNumber(String item, SourceSpan span) {
        return error(span,
                "Error validating: The name of " + article(item) + " " + item + " must not start with a number.");
    }

    /**
     * {@return an error: a name contains a hyphen}
     */
    public static Diagnostic nameWithHyphen(String item, SourceSpan span) {
        return error(span, "Error validating: The character `-` is not allowed in " + item + " names.");
    }

    /**
     * {@return an error: a model or view has a reserved name}
     */
    public static Diagnostic reservedModelName(String container, String name, SourceSpan span) {
        return error(span, "Error validating " + container + " \"" + name + "\": The " + container + " name `" + name
                + "` is invalid. It is a reserved name. Please change it. Read more at https://pris.ly/d/naming-models");
    }

    /**
     * {@return an error: an enum has a reserved name}
     */
    public static Diagnostic reservedEnumName(String name, SourceSpan span) {
        return error(span, "Error validating enum \"" + name + "\": The enum name `" + name
                + "` is invalid. It is a reserved name. Please change it.");
    }

    /**
     * {@return an error: an enum value appears twice}
     */
    public static Diagnostic duplicateEnumValue(String enumName, String value, SourceSpan span) {
        return error(span, "Value \"" + value + "\" is already defined on enum \"" + enumName + "\".");
    }

    /**
     * {@return an error: a field name appears twice in a model, view or composite type}
     */
    public static Diagnostic duplicateField(String container, String model, String field, SourceSpan span) {
        return error(span,
                "Field \"" + field + "\" is already defined on " + describe(container) + " \"" + model + "\".");
    }

    // ---- Types
    // ----------------------------------------------------------------------------

    /**
     * {@return an error: a field type names nothing known}
     */
    public static Diagnostic typeNotFound(String type, SourceSpan span) {
        return error(span, "Type \"" + type + "\" is neither a built-in type, nor refers to another model, "
                + "composite type, or enum.");
    }

    /**
     * {@return an error: a field type differs only in case from a known type}
     */
    public static Diagnostic typeNotFoundWithSuggestion(String type, String suggestion, SourceSpan span) {
        return error(span, "Type \"" + type + "\" is neither a built-in type, nor refers to another model, "
                + "composite type, or enum. Did you mean \"" + suggestion + "\"?");
    }

    /**
     * {@return an error: an enum has no values}
     */
    public static Diagnostic enumWithoutValues(String name, SourceSpan span) {
        return error(span, "Error validating enum \"" + name + "\": An enum must have at least one value.");
    }

    /**
     * {@return an error: a composite type field refers to a model}
     */
    public static Diagnostic compositeTypeRelation(String type, String model, SourceSpan span) {
        return error(span, "Error validating composite type \"" + type + "\": " + model
                + " refers to a model, making this a relation field. Relation fields inside composite types are not supported.");
    }

    // ---- Attributes and arguments
    // ---------------------------------------------------------

    /**
     * {@return an error: an attribute that may appear once appears several times}
     */
    public static Diagnostic duplicateAttribute(String attribute, SourceSpan span) {
        return error(span, "Attribute \"" + attribute + "\" can only be defined once.");
    }

    /**
     * {@return an error: an attribute is not known here}
     */
    public static Diagnostic unknownAttribute(String attribute, SourceSpan span) {
        return error(span, "Attribute not known: \"" + attribute + "\".");
    }

    /**
     * {@return an error: a required argument is missing}
     */
    public static Diagnostic argumentMissing(String argument, String attribute, SourceSpan span) {
        return error(span, "Argument \"" + argument + "\" is missing in attribute \"" + attribute + "\".");
    }

    /**
     * {@return an error: an argument is given both by name and as the unnamed argument}
     */
    public static Diagnostic argumentAlsoUnnamed(String argument, SourceSpan span) {
        return error(span, "Argument \"" + argument + "\" is already specified as unnamed argument.");
    }

    /**
     * {@return an error: a named argument is given twice}
     */
    public static Diagnostic duplicateArgument(String argument, SourceSpan span) {
        return error(span, "Argument \"" + argument + "\" is already specified.");
    }

    /**
     * {@return an error: several unnamed arguments where one (maybe a list) is expected}
     */
    public static Diagnostic multipleUnnamedArguments(String attribute, List<String> values, SourceSpan span) {
        return attributeError(attribute, span, "You provided multiple unnamed arguments. This is not possible. "
                + "Did you forget the brackets? Did you mean `[" + String.join(", ", values) + "]`?");
    }

    /**
     * {@return an error: an argument is written as {@code name:} without a value}
     */
    public static Diagnostic argumentWithoutValue(String attribute, String argument, SourceSpan span) {
        return attributeError(attribute, span, "The `" + argument + "` argument is missing a value.");
    }

    /**
     * {@return an error: an argument list ends with a comma}
     */
    public static Diagnostic trailingComma(String attribute, SourceSpan span) {
        return attributeError(attribute, span,
                "Trailing commas are not valid in attribute arguments, please remove the comma.");
    }

    /**
     * {@return an error: an attribute has an argument it does not take}
     */
    public static Diagnostic unknownArgument(String attribute, String argument, SourceSpan span) {
        return attributeError(attribute, span,
                "No such argument: \"" + argument + "\" is not an argument of \"" + attribute + "\".");
    }

    /**
     * {@return an error: an attribute has an unnamed argument it does not take}
     */
    public static Diagnostic unexpectedUnnamedArgument(String attribute, String value, SourceSpan span) {
        return attributeError(attribute, span,
                "No such argument: \"" + attribute + "\" does not take the unnamed " + "argument `" + value + "`.");
    }

    /**
     * {@return an error: a value has the wrong kind}
     */
    public static Diagnostic typeMismatch(String expected, String received, String value, SourceSpan span) {
        return error(span, "Expected " + article(expected) + " " + expected + " value, but received " + received
                + " value `" + value + "`.");
    }

    /**
     * {@return an error about an attribute, worded
     * {@code Error parsing attribute "@x": ...}}
     */
    private static Diagnostic attributeError(String attribute, SourceSpan span, String message) {
        return error(span, "Error parsing attribute \"" + attribute + "\": " + message);
    }

    private static String capitalize(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String fieldList(List<String> fields) {
        String quoted = String.join(", ", fields.stream().map((field) -> "`" + field + "`").toList());
        return ((fields.size() == 1) ? "field " : "fields ") + quoted;
    }

    private static String article(String word) {
        return (!word.isEmpty() && "aeiouAEIOU".indexOf(word.charAt(0)) >= 0) ? "an" : "a";
    }

    // ---- Field and block attributes
    // -------------------------------------------------------

    /**
     * {@return an error: {@code @ignore} on an {@code Unsupported} field}
     */
    public static Diagnostic ignoreOnUnsupported(SourceSpan span) {
        return attributeError("@ignore", span, "Fields of type `Unsupported` cannot take an `@ignore` attribute. "
                + "They are already treated as ignored by the client due to their type.");
    }

    /**
     * {@return an error: {@code @relation} on a scalar field}
     */
    public static Diagnostic relationOnScalarField(String field, SourceSpan span) {
        return attributeError("@relation", span, "Field \"" + field + "\" is not a relation field, so it cannot take "
                + "`@relation`: its type is not a model.");
    }

    /**
     * {@return an error: {@code @updatedAt} on a field that is not a DateTime}
     */
    public static Diagnostic updatedAtNotDateTime(String field, SourceSpan span) {
        return attributeError("@updatedAt", span,
                "Fields that are marked with @updatedAt must be of type DateTime, " + "but \"" + field + "\" is not.");
    }

    /**
     * {@return an error: {@code @updatedAt} on a list}
     */
    public static Diagnostic updatedAtOnList(String field, SourceSpan span) {
        return attributeError("@updatedAt", span,
                "Fields that are marked with @updatedAt cannot be lists, but \"" + field + "\" is a list.");
    }

    /**
     * {@return an error: {@code map:} is an empty string}
     */
    public static Diagnostic emptyMap(String attribute, SourceSpan span) {
        return attributeError(attribute, span, "The `map` argument cannot be an empty string.");
    }

    /**
     * {@return an error: {@code name:} is an empty string}
     */
    public static Diagnostic emptyName(String attribute, SourceSpan span) {
        return attributeError(attribute, span, "The `name` argument cannot be an empty string.");
    }

    /**
     * {@return an error: a client name holds characters other than letters, digits and
     * underscores}
     */
    public static Diagnostic invalidClientName(String attribute, String model, SourceSpan span) {
        return error(span, "Error validating model \"" + model + "\": The `name` property within the `" + attribute
                + "` attribute only allows for the following characters: `_a-zA-Z0-9`.");
    }

    /**
     * {@return an error: a sort order is neither Asc nor Desc}
     */
    public static Diagnostic invalidSortOrder(String attribute, String value, SourceSpan span) {
        return attributeError(attribute, span,
                "The `sort` argument can only be `Asc` or `Desc` you provided: " + value + ".");
    }

    /**
     * {@return an error: an index type is unknown}
     */
    public static Diagnostic unknownIndexType(String attribute, String value, SourceSpan span) {
        return attributeError(attribute, span,
                "Unknown index type: " + value + ". Known types: BTree, Hash, Gist, Gin, SpGist, Brin.");
    }

    /**
     * {@return an error: an operator class is unknown or malformed}
     */
    public static Diagnostic invalidOperatorClass(String problem, SourceSpan span) {
        return error(span, "Invalid operator class: " + problem);
    }

    /**
     * {@return an error: {@code @@index} has both the legacy {@code name:} and
     * {@code map:}}
     */
    public static Diagnostic indexNameAndMap(SourceSpan span) {
        return attributeError("@@index", span,
                "The `@@index` attribute accepts the `name` argument as an alias for the "
                        + "`map` argument for legacy reasons. It does not accept both though. Please use the `map` argument "
                        + "to specify the database name of the index.");
    }

    /**
     * {@return an error: an index field list holds something other than field names}
     */
    public static Diagnostic indexFieldNotConstant(String received, String value, SourceSpan span) {
        return error(span, "Expected a constant literal value, but received " + received + " value `" + value + "`.");
    }

    /**
     * {@return an error: the sort argument of an index field is invalid}
     */
    public static Diagnostic indexFieldSort(SourceSpan span) {
        return error(span, "Unexpected token. Expected one of: Asc, Desc.");
    }

    /**
     * {@return an error: an index or key refers to fields that do not exist}
     */
    public static Diagnostic indexUnknownFields(String container, String model, String what, List<String> fields,
            SourceSpan span) {
        return error(span, "Error validating " + container + " \"" + model + "\": The " + what
                + " definition refers to the unknown fields: " + String.join(", ", fields) + ".");
    }

    /**
     * {@return an error: an index or key refers to relation fields}
     */
    public static Diagnostic indexRelationFields(String container, String model, String what, List<String> fields,
            String suggestion, SourceSpan span) {
        return error(span,
                "Error validating " + container + " \"" + model + "\": The " + what
                        + " definition refers to the relation fields " + String.join(", ", fields) + ". "
                        + capitalize(what) + " definitions must reference only scalar fields." + suggestion);
    }

    /**
     * {@return an error: an index or key lists a field twice}
     */
    public static Diagnostic indexFieldTwice(String container, String model, String field, SourceSpan span) {
        return error(span, "Error validating " + container + " \"" + model
                + "\": The unique index definition refers to " + "the field " + field + " multiple times.");
    }

    /**
     * {@return an error: a key refers to optional fields}
     */
    public static Diagnostic keyOptionalFields(String container, String model, String what, List<String> fields,
            SourceSpan span) {
        return error(span,
                "Error validating " + container + " \"" + model + "\": The " + what
                        + " definition refers to the optional " + fieldList(fields) + ". " + capitalize(what)
                        + " definitions must reference only required fields.");
    }

    /**
     * {@return an error: {@code @id} on more than one field}
     */
    public static Diagnostic multipleIdFields(String container, String model, SourceSpan span) {
        return error(span, "Error validating " + container + " \"" + model
                + "\": At most one field must be marked as the id field with the `@id` attribute.");
    }

    /**
     * {@return an error: both {@code @id} and {@code @@id}}
     */
    public static Diagnostic idAndCompoundId(String container, String model, SourceSpan span) {
        return error(span, "Error validating " + container + " \"" + model
                + "\": Each model must have at most one id criteria. You can't have `@id` and `@@id` at the same time.");
    }

    /**
     * {@return an error: {@code @id} on an optional or list field}
     */
    public static Diagnostic idNotRequired(String field, SourceSpan span) {
        return attributeError("@id", span,
                "Fields that are marked as id must be required, but \"" + field + "\" is not.");
    }

    /**
     * {@return an error: {@code @shardKey} on more than one field}
     */
    public static Diagnostic multipleShardKeyFields(String model, SourceSpan span) {
        return error(span, "Error validating model \"" + model
                + "\": At most one field must be marked as the shard key with the `@shardKey` attribute.");
    }

    /**
     * {@return an error: both {@code @shardKey} and {@code @@shardKey}}
     */
    public static Diagnostic shardKeyTwice(String model, SourceSpan span) {
        return error(span, "Error validating model \"" + model + "\": Each model must have at most one shard key. "
                + "You can't have `@shardKey` and `@@shardKey` at the same time.");
    }

    /**
     * {@return an error: {@code @shardKey} on an optional field}
     */
    public static Diagnostic shardKeyNotRequired(String field, SourceSpan span) {
        return attributeError("@shardKey", span,
                "Fields that are marked as shard keys must be required, but \"" + field + "\" is not.");
    }

    /**
     * {@return an error: an attribute that relation fields cannot take}
     */
    public static Diagnostic notOnRelationField(String attribute, String field, String reason, SourceSpan span) {
        return attributeError(attribute, span, "The field \"" + field
                + "\" is a relation field and cannot be marked with `" + attribute + "`. " + reason);
    }

    /**
     * {@return an error: {@code @map} on a relation field}
     */
    public static Diagnostic mapOnRelationField(SourceSpan span) {
        return attributeError("@map", span, "The attribute `@map` cannot be used on relation fields.");
    }

    /**
     * {@return an error: {@code @default} on a relation field}
     */
    public static Diagnostic defaultOnRelationField(SourceSpan span) {
        return attributeError("@default", span, "Cannot set a default value on a relation field.");
    }

    /**
     * {@return an error: {@code @ignore} on a field of an ignored model}
     */
    public static Diagnostic ignoreInIgnoredModel(SourceSpan span) {
        return attributeError("@ignore", span,
                "Fields on an already ignored Model do not need an `@ignore` annotation.");
    }

    /**
     * {@return an error: a mapped column name clashes with another field}
     */
    public static Diagnostic mappedFieldClash(String container, String model, String field, SourceSpan span) {
        return error(span, "Field \"" + field + "\" is already defined on " + container + " \"" + model
                + "\": its database name clashes with another field's.");
    }

    /**
     * {@return an error: {@code fields:} of {@code @relation} names unknown fields}
     */
    public static Diagnostic relationUnknownFields(List<String> fields, SourceSpan span) {
        return error(span, "Error validating: The argument fields must refer only to existing fields. The following "
                + "fields do not exist in this model: " + String.join(", ", fields));
    }

    /**
     * {@return an error: {@code fields:} of {@code @relation} names relation fields}
     */
    public static Diagnostic relationRelationFields(List<String> fields, SourceSpan span) {
        return error(span, "Error validating: The argument fields must refer only to scalar fields. But it is "
                + "referencing the following relation fields: " + String.join(", ", fields));
    }

    /**
     * {@return an error: {@code references:} names unknown fields of the related model}
     */
    public static Diagnostic relationUnknownReferences(String model, List<String> fields, SourceSpan span) {
        return error(span,
                "Error validating: The argument `references` must refer only to existing fields in the "
                        + "related model `" + model + "`. The following fields do not exist in the related model: "
                        + String.join(", ", fields));
    }

    /**
     * {@return an error: {@code references:} names relation fields of the related model}
     */
    public static Diagnostic relationReferencesRelationFields(String model, List<String> fields, SourceSpan span) {
        return error(span,
                "Error validating: The argument `references` must refer only to scalar fields in the "
                        + "related model `" + model + "`. But it is referencing the following relation fields: "
                        + String.join(", ", fields));
    }

    /**
     * {@return an error: a relation field list names a field twice}
     */
    public static Diagnostic relationFieldTwice(String argument, String field, SourceSpan span) {
        return attributeError("@relation", span,
                "The argument `" + argument + "` refers to the field \"" + field + "\" multiple times.");
    }

    /**
     * {@return an error: a relation name is empty}
     */
    public static Diagnostic emptyRelationName(SourceSpan span) {
        return attributeError("@relation", span, "A relation cannot have an empty name.");
    }

    /**
     * {@return an error: a referential action is unknown}
     */
    public static Diagnostic invalidReferentialAction(String value, SourceSpan span) {
        return attributeError("@relation", span, "Invalid referential action: `" + value
                + "`. Allowed values: Cascade, Restrict, NoAction, SetNull, SetDefault.");
    }

    /**
     * {@return an error: {@code @@schema} names a schema the datasource does not list}
     */
    public static Diagnostic schemaNotDefined(String schema, SourceSpan span) {
        return error(span, "This schema is not defined in the datasource: \"" + schema
                + "\" is not in the datasource's `schemas`. Read more on `@@schema` at https://pris.ly/d/multi-schema");
    }

    /**
     * {@return an error: a model or enum lacks {@code @@schema} while the datasource
     * lists schemas}
     */
    public static Diagnostic missingSchemaAttribute(String container, String name, SourceSpan span) {
        return error(span, "Error validating " + container + " \"" + name + "\": This " + container
                + " is missing an `@@schema` attribute.");
    }

    /**
     * {@return an error: {@code @@schema} on a provider without multi-schema support}
     */
    public static Diagnostic schemaAttributeNotSupported(SourceSpan span) {
        return error(span, "@@schema is not supported on the current datasource provider.");
    }

    /**
     * {@return an error: a native type attribute is used without a datasource}
     */
    public static Diagnostic nativeTypeWithoutDatasource(String attribute, SourceSpan span) {
        return error(span,
                "Native type attribute \"" + attribute + "\" needs a datasource block to know its provider.");
    }

    // ---- Defaults
    // -------------------------------------------------------------------------

    /**
     * {@return an error about a {@code @default} value, worded
     * {@code Error parsing attribute "@default": ...}}
     */
    public static Diagnostic invalidDefault(String problem, SourceSpan span) {
        return attributeError("@default", span, problem);
    }

    /**
     * {@return an error: a default function does not fit the field type}
     */
    public static Diagnostic defaultFunctionNotForType(String function, String type, SourceSpan span) {
        return invalidDefault("The function `" + function + "()` cannot be used on fields of type `" + type + "`.",
                span);
    }

    /**
     * {@return an error: a default literal does not fit the field type}
     */
    public static Diagnostic defaultLiteralNotForType(String type, String value, SourceSpan span) {
        return invalidDefault("Expected " + article(type) + " " + type + " value, but found `" + value + "`.", span);
    }

    /**
     * {@return an error: a default function is not known}
     */
    public static Diagnostic unknownDefaultFunction(String function, SourceSpan span) {
        return error(span, "Unknown function in @default(): `" + function + "` is not known. You can read about the "
                + "available functions here: https://pris.ly/d/attribute-functions");
    }

    /**
     * {@return an error: a default enum value is not a value of the field's enum}
     */
    public static Diagnostic unknownDefaultEnumValue(String value, String enumName, SourceSpan span) {
        return invalidDefault("The defined default value `" + value + "` is not a valid value of the enum \"" + enumName
                + "\" specified for the field.", span);
    }

    /**
     * {@return an error: a default value cannot be parsed for the field type}
     */
    public static Diagnostic defaultParse(String value, String expected, String details, SourceSpan span) {
        return invalidDefault("Parse error: \"" + value + "\" is not a valid " + expected + ". (" + details + ")",
                span);
    }

    /**
     * {@return an error: {@code where:} is used without the {@code partialIndexes}
     * preview feature}
     */
    public static Diagnostic partialIndexNeedsPreviewFeature(String attribute, SourceSpan span) {
        return attributeError(attribute, span,
                "The `where` argument (partial indexes) requires the `partialIndexes` preview feature.");
    }

    /**
     * {@return an error: {@code where:} is neither {@code raw("...")} nor an object}
     */
    public static Diagnostic invalidPartialIndexCondition(String attribute, SourceSpan span) {
        return attributeError(attribute, span,
                "The `where` argument must be `raw(\"SQL condition\")` or an object such as `{ deletedAt: null }`.");
    }

    // ---- Relations
    // ------------------------------------------------------------------------

    /**
     * {@return an error: several relation fields could pair with the same opposite field}
     */
    public static Diagnostic ambiguousRelation(String container, String model, String message, SourceSpan span) {
        return error(span, "Error validating " + container + " \"" + model + "\": " + message);
    }

    /**
     * {@return an error: a relation field has no opposite field}
     */
    public static Diagnostic missingOppositeField(String container, String model, String field, String related,
            SourceSpan span) {
        return error(span,
                "Error validating field \"" + field + "\" in " + container + " \"" + model + "\": The relation field \""
                        + field + "\" on " + container + " \"" + model
                        + "\" is missing an opposite relation field on the model \"" + related
                        + "\". Either run `prisma format` or add it manually.");
    }

    /**
     * {@return an error about a relation, worded
     * {@code Error parsing attribute "@relation": ...}}
     */
    public static Diagnostic invalidRelation(String problem, SourceSpan span) {
        return attributeError("@relation", span, problem);
    }

    /**
     * {@return an error about a relation that is not tied to the {@code @relation}
     * attribute}
     */
    public static Diagnostic relationValidation(String problem, SourceSpan span) {
        return error(span, "Error validating: " + problem);
    }

    /**
     * {@return an error: the referencing and referenced fields have different types}
     */
    public static Diagnostic relationTypeMismatch(String field, String model, String referenced, String referencedModel,
            SourceSpan span) {
        return invalidRelation("The type of the field `" + field + "` in the model `" + model
                + "` is not matching the type of the referenced field `" + referenced + "` in model `" + referencedModel
                + "`.", span);
    }

    /**
     * {@return an error: {@code fields} and {@code references} have different lengths}
     */
    public static Diagnostic relationFieldCountMismatch(int fields, int references, SourceSpan span) {
        return relationValidation("You must specify the same number of fields in `fields` and `references` (got "
                + fields + " and " + references + ").", span);
    }

    /**
     * {@return a warning: a relation with {@code relationMode = "prisma"} has no index on
     * its foreign key}
     */
    public static Diagnostic missingRelationIndex(SourceSpan span) {
        return warning(span, "With `relationMode = \"prisma\"`, no foreign keys are used, so relation fields will not "
                + "benefit from the index usually created by the relational database under the hood. This can lead to "
                + "poor performance when querying these fields. We recommend adding an index manually. Learn more at "
                + "https://pris.ly/d/relation-mode-prisma-indexes.");
    }

    /**
     * {@return a warning: SetNull on a relation whose referencing fields are required}
     */
    public static Diagnostic setNullOnRequiredWarning(String action, SourceSpan span) {
        return warning(span, "The `" + action
                + "` referential action of a relation should not be set to `SetNull` when "
                + "a referenced field is required. We recommend either to choose another referential action, or to make "
                + "the referenced fields optional.");
    }

    /**
     * {@return an error: SetNull on a relation whose referencing fields are required}
     */
    public static Diagnostic setNullOnRequired(String action, SourceSpan span) {
        return invalidRelation(
                "The `" + action + "` referential action of a relation must not be set to `SetNull` when "
                        + "a referenced field is required.",
                span);
    }

    /**
     * {@return a warning: MySQL does not really support SetDefault}
     */
    public static Diagnostic mysqlSetDefault(SourceSpan span) {
        return warning(span, "MySQL does not actually support the `SetDefault` referential action, so using it may "
                + "result in unexpected errors. Read more at https://pris.ly/d/mysql-set-default.");
    }

    /**
     * {@return an error: cascading referential actions form a cycle}
     */
    public static Diagnostic referentialCycle(String message, SourceSpan span) {
        return relationValidation(message + " Read more at https://pris.ly/d/cyclic-referential-actions", span);
    }

    /**
     * {@return an error: a referential action is not supported by the provider or
     * relation mode}
     */
    public static Diagnostic unsupportedReferentialAction(String action, String allowed, SourceSpan span) {
        return relationValidation("Invalid referential action: `" + action + "`. Allowed values: (" + allowed, span);
    }

    /**
     * {@return an error: the provider cannot name foreign keys}
     */
    public static Diagnostic namedForeignKeysNotSupported(SourceSpan span) {
        return invalidRelation("Your provider does not support named foreign keys.", span);
    }

    /**
     * {@return an error: a relation field points to an ignored model without being
     * ignored itself}
     */
    public static Diagnostic relationToIgnoredModel(String field, String model, String related, SourceSpan span) {
        return attributeError("@ignore", span,
                "The relation field `" + field + "` on Model `" + model
                        + "` must specify the `@ignore` attribute, because the model " + related
                        + " it is pointing to is marked ignored.");
    }

    /**
     * {@return an error: a many-to-many relation points to a model without a single-field
     * id}
     */
    public static Diagnostic missingIdForManyToMany(String container, String model, String field, String related,
            SourceSpan span) {
        return error(span, "Error validating field \"" + field + "\" in " + container + " \"" + model
                + "\": The relation field \"" + field + "\" on " + container + " \"" + model + "\" references \""
                + related
                + "\" which does not have an `@id` field. Models without `@id` cannot be part of a many to many "
                + "relation. Use an explicit intermediate Model to represent this relationship.");
    }

    // ---- Models, fields and indexes (capabilities)
    // ---------------------------------------

    /**
     * {@return an error: a model has no primary key and no unique criterion with only
     * required fields}
     */
    public static Diagnostic noUniqueCriterion(String container, String model, List<String> loose, SourceSpan span) {
        String message = "Error validating " + container + " \"" + model + "\": Each " + container
                + " must have at least one unique criteria that has only required fields. Either mark a single field "
                + "with `@id`, `@unique` or add a multi field criterion with `@@id([])` or `@@unique([])` to the "
                + container + ".";
        if (!loose.isEmpty()) {
            message += " The following unique criterias were not considered as they contain fields that are not "
                    + "required: " + String.join("; ", loose.stream().map((fields) -> "[" + fields + "]").toList())
                    + ".";
        }
        return error(span, message);
    }

    /**
     * {@return an error about a model, worded {@code Error validating model "X": ...}}
     */
    public static Diagnostic invalidModel(String container, String model, String problem, SourceSpan span) {
        return error(span, "Error validating " + container + " \"" + model + "\": " + problem);
    }

    /**
     * {@return an error about an attribute, worded
     * {@code Error parsing attribute "@x": ...}}
     */
    public static Diagnostic invalidAttribute(String attribute, String problem, SourceSpan span) {
        return attributeError(attribute, span, problem);
    }

    /**
     * {@return an error about a field, worded
     * {@code Error validating field "f" in model "M": ...}}
     */
    public static Diagnostic invalidField(String container, String model, String field, String problem,
            SourceSpan span) {
        return error(span,
                "Error validating field \"" + field + "\" in " + container + " \"" + model + "\": " + problem);
    }

    /**
     * {@return an error: a list of scalars on a provider without scalar lists}
     */
    public static Diagnostic scalarListNotSupported(String container, String model, String field, SourceSpan span) {
        return error(span, "Field \"" + field + "\" in " + container + " \"" + model
                + "\" can't be a list. The current connector does not support lists of primitive types.");
    }

    /**
     * {@return an error: two models or views share a database name}
     */
    public static Diagnostic duplicateModelDatabaseName(String container, String databaseName, String existing,
            SourceSpan span) {
        return error(span, "The " + container + " with database name \"" + databaseName
                + "\" could not be defined because another model or view with this name exists: \"" + existing + "\".");
    }

    /**
     * {@return an error: two enums share a database name}
     */
    public static Diagnostic duplicateEnumDatabaseName(String name, String databaseName, SourceSpan span) {
        return error(span, "An enum with the same database name is already defined: enum \"" + name + "\" maps to \""
                + databaseName + "\".");
    }

    /**
     * {@return an error: a constraint name clashes within its namespace}
     */
    public static Diagnostic constraintNameClash(String attribute, String name, String namespace, SourceSpan span) {
        return attributeError(attribute, span,
                "The given constraint name `" + name + "` has to be unique in the following namespace: " + namespace
                        + ". Please provide a different name using the `map` argument.");
    }

    /**
     * {@return an error: a client name of a key or unique constraint is used twice in a
     * model}
     */
    public static Diagnostic customNameClash(String attribute, String name, SourceSpan span) {
        return attributeError(attribute, span, "The given custom name `" + name
                + "` has to be unique on the model. Please provide a different name for the `name` argument.");
    }

    /**
     * {@return an error: a mapped constraint name is longer than the provider allows}
     */
    public static Diagnostic constraintNameTooLong(String container, String model, String name, String attribute,
            int limit, SourceSpan span) {
        return error(span,
                "Error validating " + container + " \"" + model + "\": The constraint name '" + name
                        + "' specified in the `map` argument for the `" + attribute
                        + "` constraint is too long for your chosen provider. The maximum allowed length is " + limit
                        + " bytes.");
    }

    /**
     * {@return an error: enums on a provider without enums}
     */
    public static Diagnostic enumsNotSupported(String name, String provider, SourceSpan span) {
        return relationValidation("You defined the enum \"" + name + "\". But the current connector (" + provider
                + ") does not support enums.", span);
    }

    /**
     * {@return an error: composite types outside MongoDB}
     */
    public static Diagnostic compositeTypesNotSupported(String name, String provider, SourceSpan span) {
        return error(span, "Error validating composite type \"" + name + "\": Composite types are not supported on "
                + provider + ".");
    }

    // ---- Native types
    // ---------------------------------------------------------------------

    /**
     * {@return an error: a native type is not known to the provider}
     */
    public static Diagnostic unknownNativeType(String type, String provider, SourceSpan span) {
        return error(span, "Native type " + type + " is not supported for " + provider + " connector.");
    }

    /**
     * {@return an error: a native type attribute uses a prefix other than the datasource
     * name}
     */
    public static Diagnostic nativeTypePrefix(String prefix, String datasource, String suggestion, SourceSpan span) {
        return error(span,
                "The prefix " + prefix + " is invalid. It must be equal to the name of an existing datasource "
                        + "e.g. " + datasource + ". Did you mean to use " + suggestion + "?");
    }

    /**
     * {@return an error: a native type has the wrong number of arguments}
     */
    public static Diagnostic nativeTypeArgumentCount(String type, int expected, int given, SourceSpan span) {
        return error(span, "Native type " + type + " takes " + expected + " arguments, but received " + given + ".");
    }

    /**
     * {@return an error: a native type has too many optional arguments}
     */
    public static Diagnostic nativeTypeOptionalArgumentCount(String type, int optional, int given, SourceSpan span) {
        return error(span,
                "Native type " + type + " takes " + optional + " optional arguments, but received " + given + ".");
    }

    /**
     * {@return an error: a native type does not fit the field's scalar type}
     */
    public static Diagnostic nativeTypeIncompatible(String type, String fieldType, String expected, SourceSpan span) {
        return error(span, "Native type " + type + " is not compatible with declared field type " + fieldType
                + ", expected field type " + expected + ".");
    }

    /**
     * {@return an error: a native type argument is malformed}
     */
    public static Diagnostic nativeTypeArgument(String expected, String found, SourceSpan span) {
        return error(span, "Expected " + expected + ", but found " + found + ".");
    }

    /**
     * {@return an error: a native type argument is out of range}
     */
    public static Diagnostic nativeTypeArgumentRange(String type, String provider, String problem, SourceSpan span) {
        return error(span, "Argument M is out of range for native type `" + type + "` of " + provider + ": " + problem);
    }

    /**
     * {@return an error: the scale of a decimal exceeds its precision}
     */
    public static Diagnostic nativeTypeScale(String type, String provider, SourceSpan span) {
        return error(span, "The scale must not be larger than the precision for the " + type + " native type in "
                + provider + ".");
    }

    /**
     * {@return an error: a native type cannot be part of a unique constraint}
     */
    public static Diagnostic nativeTypeNotUnique(String type, String provider, String hint, SourceSpan span) {
        return error(span, "Native type `" + type + "` cannot be unique in " + provider + "." + hint);
    }

    /**
     * {@return an error: a native type cannot be indexed}
     */
    public static Diagnostic nativeTypeNotIndexable(String type, String provider, String hint, SourceSpan span) {
        return error(span,
                "You cannot define an index on fields with native type `" + type + "` of " + provider + "." + hint);
    }

    /**
     * {@return an error: a native type cannot be part of a primary key}
     */
    public static Diagnostic nativeTypeNotId(String type, String provider, String hint, SourceSpan span) {
        return error(span, "Native type `" + type + "` of " + provider + " cannot be used on a field that is `@id` or "
                + "`@@id`." + hint);
    }

    /**
     * {@return an error: an {@code Unsupported} type that Prisma supports natively}
     */
    public static Diagnostic unsupportedIsNative(String unsupported, String field, String suggestion, SourceSpan span) {
        return relationValidation("The type `Unsupported(\"" + unsupported
                + "\")` you specified in the type definition " + "for the field `" + field
                + "` is supported as a native type by Prisma. Please use the native type " + "notation `" + suggestion
                + "` for full support.", span);
    }

    /**
     * {@return a warning: an index field argument Prisma does not know is ignored}
     */
    public static Diagnostic ignoredIndexFieldArgument(String field, String argument, SourceSpan span) {
        return warning(span, "The argument \"" + argument + "\" of index field \"" + field
                + "\" is not known and is ignored. Index fields take `sort`, `length` and `ops`.");
    }

    // ---- The Goofer generator block
    // ---------------------------------------------------------------------------

    /**
     * {@return an error: a property of the Goofer generator is not a string literal}
     * @param property the property name
     * @param generator the generator name
     * @param span the property value
     */
    public static Diagnostic gooferGeneratorPropertyNotString(String property, String generator, SourceSpan span) {
        return error(span, "The property \"" + property + "\" of generator \"" + generator
                + "\" must be a string: Goofer reads it when generating the client, not from the environment.");
    }

    /**
     * {@return an error: the {@code package} of the Goofer generator is not a Java
     * package name}
     * @param value the value
     * @param generator the generator name
     * @param span the property value
     */
    public static Diagnostic gooferGeneratorInvalidPackage(String value, String generator, SourceSpan span) {
        return error(span, "The package \"" + value + "\" of generator \"" + generator
                + "\" is not a Java package name: use dot-separated Java identifiers, such as \"com.example.db\".");
    }

    /**
     * {@return an error: the {@code clientName} of the Goofer generator is not a Java
     * class name}
     * @param value the value
     * @param generator the generator name
     * @param span the property value
     */
    public static Diagnostic gooferGeneratorInvalidClientName(String value, String generator, SourceSpan span) {
        return error(span, "The clientName \"" + value + "\" of generator \"" + generator
                + "\" is not a Java class name: use an identifier such as \"GooferClient\".");
    }

    /**
     * {@return an error: a second generator uses the Goofer provider}
     * @param generator the second generator's name
     * @param first the first generator's name
     * @param span the second generator's name
     */
    public static Diagnostic duplicateGooferGenerator(String generator, String first, SourceSpan span) {
        return error(span, "Generator \"" + generator + "\" uses the Goofer provider, which generator \"" + first
                + "\" already uses. One schema generates one Goofer client: remove one of the generators.");
    }

    /**
     * {@return a warning: the Goofer generator has a property Goofer does not read}
     * @param property the property name
     * @param generator the generator name
     * @param span the property
     */
    public static Diagnostic unknownGooferGeneratorProperty(String property, String generator, SourceSpan span) {
        return warning(span, "Goofer does not read the property \"" + property + "\" of generator \"" + generator
                + "\". Its properties are package, clientName, output and previewFeatures.");
    }

    /**
     * {@return an error: the client cannot be generated without a datasource}
     * @param span the start of the schema
     */
    public static Diagnostic clientNeedsDatasource(SourceSpan span) {
        return error(span, "The schema has no datasource block, whose provider the generated client needs: add one "
                + "with the provider of your database, such as datasource db { provider = \"postgresql\" }.");
    }

    private static String describe(String container) {
        return "type".equals(container) ? "composite type" : container;
    }

}
