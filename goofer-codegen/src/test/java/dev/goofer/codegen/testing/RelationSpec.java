package dev.goofer.codegen.testing;

import java.util.List;

import dev.goofer.metadata.ReferentialAction;
import org.jspecify.annotations.Nullable;

/**
 * A relation field under construction; the other side is resolved when the schema is
 * built.
 */
public final class RelationSpec extends Spec {

    final String target;

    @Nullable String relationName;

    List<String> fields = List.of();

    List<String> references = List.of();

    @Nullable ReferentialAction onDelete;

    RelationSpec(String name, String target) {
        super(name);
        this.target = target;
    }

}
