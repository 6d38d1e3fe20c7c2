package dev.goofer.execution;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.goofer.metadata.FieldMeta;
import dev.goofer.metadata.JoinTable;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.ReferentialAction;
import dev.goofer.metadata.RelationFieldMeta;
import dev.goofer.metadata.RelationKind;
import dev.goofer.query.FieldUpdate;
import dev.goofer.query.Filter;
import dev.goofer.sql.BoundSql;
import dev.goofer.sql.SelectSpec;

/**
 * Emulates the {@code onDelete} actions of relations when the schema uses
 * {@code relationMode = "prisma"} (no foreign keys in the database), as Prisma Client
 * does: before records are deleted, restricting relations are checked, dependent records
 * are deleted or have their foreign key set to null, and implicit many-to-many rows are
 * removed.
 */
final class ReferentialActions {

    private final ExecutorContext context;

    ReferentialActions(ExecutorContext context) {
        this.context = context;
    }

    boolean emulated() {
        return !this.context.schema().foreignKeys();
    }

    /** Apply the delete actions of every relation that references the doomed records. */
    void beforeDelete(Session session, ModelMeta model, Filter doomed) {
        if (!emulated() || !exists(session, model, doomed)) {
            return;
        }
        List<Reference> references = references(model);
        for (Reference reference : references) {
            ReferentialAction action = reference.relation().onDelete();
            if ((action == ReferentialAction.RESTRICT || action == ReferentialAction.NO_ACTION)
                    && exists(session, reference.owner(), reference.filter(doomed))) {
                throw new ForeignKeyViolationException(reference.owner().name(), reference.relation().fields(),
                        session.operation(), null);
            }
        }
        for (Reference reference : references) {
            Filter dependents = reference.filter(doomed);
            ReferentialAction action = reference.relation().onDelete();
            if (action == ReferentialAction.CASCADE) {
                beforeDelete(session, reference.owner(), dependents);
                session.update(reference.owner(), this.context.renderer().delete(reference.owner(), dependents));
            }
            else if (action == ReferentialAction.SET_NULL || action == ReferentialAction.SET_DEFAULT) {
                List<FieldUpdate> nulls = new ArrayList<>();
                for (String field : reference.relation().fields()) {
                    nulls.add(new FieldUpdate(reference.owner().scalarField(field), FieldUpdate.Operation.SET, null));
                }
                session.update(reference.owner(), this.context.renderer().update(reference.owner(), dependents, nulls));
            }
        }
        for (RelationFieldMeta relation : model.relationFields()) {
            if (relation.kind() == RelationKind.IMPLICIT_MANY_TO_MANY) {
                deleteJoinRows(session, model, relation, doomed);
            }
        }
    }

    private void deleteJoinRows(Session session, ModelMeta model, RelationFieldMeta relation, Filter doomed) {
        JoinTable join = Objects.requireNonNull(relation.joinTable());
        var dialect = session.dialect();
        var reference = model.scalarField(join.selfReference());
        BoundSql keys = this.context.renderer()
            .select(new SelectSpec(model, doomed, List.of(), null, null, null, List.of(reference), List.of(), null));
        String sql = "DELETE FROM " + dialect.table(join.name(), join.schema()) + " WHERE "
                + dialect.quote(join.selfColumn()) + " IN (SELECT * FROM (" + keys.sql() + ") AS "
                + dialect.quote("doomed") + ")";
        session.update(model, new BoundSql(sql, keys.parameters()));
    }

    private boolean exists(Session session, ModelMeta model, Filter filter) {
        SelectSpec spec = new SelectSpec(model, filter, List.of(), 1, null, null, List.of(), List.of(), null);
        return !session.query(model, this.context.renderer().select(spec), (resultSet) -> Boolean.TRUE).isEmpty();
    }

    private List<Reference> references(ModelMeta model) {
        List<Reference> references = new ArrayList<>();
        for (ModelMeta owner : this.context.schema().models()) {
            for (FieldMeta field : owner.fields()) {
                if (field instanceof RelationFieldMeta relation && relation.kind() == RelationKind.FORWARD
                        && relation.targetModel().equals(model.name()) && !relation.ignored()) {
                    references.add(new Reference(owner, relation));
                }
            }
        }
        return references;
    }

    /**
     * A foreign key of {@code owner} that references the model whose records are deleted.
     *
     * @param owner the model holding the foreign key
     * @param relation its forward relation field
     */
    private record Reference(ModelMeta owner, RelationFieldMeta relation) {

        Filter filter(Filter doomed) {
            return new Filter.Relation(this.relation, Filter.Quantifier.IS, doomed);
        }

    }

}
