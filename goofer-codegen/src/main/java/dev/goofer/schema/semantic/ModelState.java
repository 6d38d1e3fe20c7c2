package dev.goofer.schema.semantic;

import java.util.ArrayList;
import java.util.List;

import dev.goofer.schema.ast.Attribute;
import dev.goofer.schema.diagnostics.SourceSpan;
import org.jspecify.annotations.Nullable;

/**
 * What the attributes pass learns about one model before the model's keys are final.
 */
final class ModelState {

    @Nullable KeyDraft id;

    final List<KeyDraft> indexes = new ArrayList<>();

    @Nullable List<ScalarField> shardKeyFields;

    @Nullable Attribute shardKeyAttribute;

    boolean shardKeyOnField;

    @Nullable Attribute mapAttribute;

    @Nullable SourceSpan schemaSpan;

}
