package dev.goofer.maven;

import dev.goofer.schema.semantic.ResolvedSchema;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code goofer:validate}: validate the schema, failing the build with every diagnostic
 * as {@code file:line:column: error: message}.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractSchemaMojo {

    @Override
    public void execute() throws MojoFailureException {
        if (skipped()) {
            return;
        }
        ResolvedSchema resolved = resolveSchema();
        getLog().info("The Goofer schema at " + schema() + " is valid: " + count(resolved.models().size(), "model")
                + ", " + count(resolved.enums().size(), "enum") + ", " + count(resolved.warnings().size(), "warning")
                + ".");
    }

    private static String count(int count, String noun) {
        return count + " " + noun + ((count == 1) ? "" : "s");
    }

}
