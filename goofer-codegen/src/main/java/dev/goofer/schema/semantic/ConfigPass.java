package dev.goofer.schema.semantic;

import java.util.ArrayList;
import java.util.List;

import dev.goofer.schema.ast.ConfigBlock;
import dev.goofer.schema.ast.ConfigKind;
import dev.goofer.schema.ast.Declaration;
import dev.goofer.schema.ast.SchemaDocument;
import dev.goofer.schema.diagnostics.SchemaErrors;

/**
 * The first pass: reads the datasource and the generators, which decide the provider and
 * the preview features every later pass depends on.
 */
final class ConfigPass {

    private ConfigPass() {
    }

    /**
     * Run the pass.
     * @return {@code false} when the schema targets MongoDB and validation must stop
     */
    static boolean run(ValidationContext context) {
        List<ConfigBlock> datasources = new ArrayList<>();
        List<ConfigBlock> generators = new ArrayList<>();
        for (SchemaDocument document : context.documents) {
            for (Declaration declaration : document.declarations()) {
                if (declaration instanceof ConfigBlock block) {
                    ((block.kind() == ConfigKind.DATASOURCE) ? datasources : generators).add(block);
                }
            }
        }
        if (!datasources.isEmpty()) {
            DatasourceLoader.Outcome outcome = new DatasourceLoader(context).load(datasources.get(0));
            if (outcome == DatasourceLoader.Outcome.MONGODB) {
                return false;
            }
        }
        if (datasources.size() > 1) {
            for (ConfigBlock datasource : datasources) {
                context.add(SchemaErrors.multipleDatasources(datasource.name().name(), datasource.span()));
            }
        }
        GeneratorLoader loader = new GeneratorLoader(context);
        generators.forEach(loader::load);
        DatasourceRules.extensionsNeedPreviewFeature(context);
        return true;
    }

}
