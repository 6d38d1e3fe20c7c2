package dev.goofer.codegen;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import dev.goofer.codegen.naming.JavaIdentifiers;
import dev.goofer.schema.ast.ConfigBlock;
import dev.goofer.schema.ast.ConfigKind;
import dev.goofer.schema.ast.ConfigProperty;
import dev.goofer.schema.ast.Declaration;
import dev.goofer.schema.ast.Expression;
import dev.goofer.schema.ast.SchemaDocument;
import dev.goofer.schema.diagnostics.Diagnostic;
import dev.goofer.schema.diagnostics.SchemaErrors;
import dev.goofer.schema.diagnostics.SourceSpan;
import dev.goofer.schema.semantic.ConfigValue;
import dev.goofer.schema.semantic.Generator;
import dev.goofer.schema.semantic.ResolvedSchema;
import org.jspecify.annotations.Nullable;

/**
 * The settings of the schema's Goofer {@code generator} block: the one whose provider is
 * {@code "goofer"} or {@code "goofer-client-java"}. Other generators (such as
 * {@code prisma-client-js}) are ignored.
 *
 * @param name the block name, or {@code null} when the schema has no Goofer generator
 * @param packageName the {@code package} property, or {@code null}
 * @param clientName the {@code clientName} property, or {@code null}
 * @param output the {@code output} property resolved against the folder of the file
 * declaring the block, or {@code null}
 */
record GooferGeneratorBlock(@Nullable String name, @Nullable String packageName, @Nullable String clientName,
        @Nullable Path output) {

    static final Set<String> PROVIDERS = Set.of("goofer", "goofer-client-java");

    static final String PACKAGE = "package";

    static final String CLIENT_NAME = "clientName";

    static final String OUTPUT = "output";

    /** Read by the validator (for example {@code shardKeys}), not by the generator. */
    static final String PREVIEW_FEATURES = "previewFeatures";

    private static final GooferGeneratorBlock NONE = new GooferGeneratorBlock(null, null, null, null);

    /**
     * Read the Goofer generator of a schema, adding an error for each invalid property
     * and a warning for each property Goofer does not read.
     * @param schema the schema
     * @param diagnostics where to add the errors and warnings
     * @return the settings, empty when the schema has no Goofer generator
     */
    static GooferGeneratorBlock read(ResolvedSchema schema, List<Diagnostic> diagnostics) {
        Generator first = null;
        for (Generator generator : schema.generators()) {
            if (!isGoofer(generator)) {
                continue;
            }
            if (first != null) {
                diagnostics.add(SchemaErrors.duplicateGooferGenerator(generator.name(), first.name(),
                        block(schema, generator.name()).name().span()));
                continue;
            }
            first = generator;
        }
        return (first != null) ? read(schema, first, diagnostics) : NONE;
    }

    private static GooferGeneratorBlock read(ResolvedSchema schema, Generator generator, List<Diagnostic> diagnostics) {
        ConfigBlock block = block(schema, generator.name());
        String packageName = null;
        String clientName = null;
        Path output = null;
        for (ConfigProperty property : block.properties()) {
            String key = property.name().name();
            if (key.equals(PACKAGE)) {
                packageName = string(property, generator, diagnostics);
                if (packageName != null && !JavaIdentifiers.isPackageName(packageName)) {
                    diagnostics.add(SchemaErrors.gooferGeneratorInvalidPackage(packageName, generator.name(),
                            valueSpan(property)));
                    packageName = null;
                }
            }
            else if (key.equals(CLIENT_NAME)) {
                clientName = string(property, generator, diagnostics);
                if (clientName != null && !JavaIdentifiers.isTypeName(clientName)) {
                    diagnostics.add(SchemaErrors.gooferGeneratorInvalidClientName(clientName, generator.name(),
                            valueSpan(property)));
                    clientName = null;
                }
            }
            else if (key.equals(OUTPUT)) {
                String text = string(property, generator, diagnostics);
                output = (text != null) ? resolve(block.span().file(), text) : null;
            }
            else if (!key.equals("provider") && !key.equals(PREVIEW_FEATURES)) {
                diagnostics
                    .add(SchemaErrors.unknownGooferGeneratorProperty(key, generator.name(), property.name().span()));
            }
        }
        return new GooferGeneratorBlock(generator.name(), packageName, clientName, output);
    }

    private static boolean isGoofer(Generator generator) {
        return generator.provider() instanceof ConfigValue.Literal literal && PROVIDERS.contains(literal.value());
    }

    private static @Nullable String string(ConfigProperty property, Generator generator, List<Diagnostic> diagnostics) {
        if (property.value() instanceof Expression.StringLiteral literal) {
            return literal.value();
        }
        diagnostics.add(SchemaErrors.gooferGeneratorPropertyNotString(property.name().name(), generator.name(),
                valueSpan(property)));
        return null;
    }

    private static SourceSpan valueSpan(ConfigProperty property) {
        Expression value = property.value();
        return (value != null) ? value.span() : property.span();
    }

    private static Path resolve(String schemaFile, String output) {
        Path folder = Path.of(schemaFile).getParent();
        return ((folder != null) ? folder.resolve(output) : Path.of(output)).normalize();
    }

    private static ConfigBlock block(ResolvedSchema schema, String name) {
        for (SchemaDocument document : schema.documents()) {
            for (Declaration declaration : document.declarations()) {
                if (declaration instanceof ConfigBlock block && block.kind() == ConfigKind.GENERATOR
                        && block.name().name().equals(name)) {
                    return block;
                }
            }
        }
        throw new IllegalStateException("No generator block named " + name);
    }

}
