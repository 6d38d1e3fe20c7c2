package dev.goofer.sql;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.ScalarFieldMeta;

/**
 * A model's table as referenced inside a statement: by its quoted name or an alias.
 *
 * @param model the model
 * @param reference the quoted name or alias that qualifies its columns
 * @param dialect the dialect
 */
record TableRef(ModelMeta model, String reference, Dialect dialect) {

    static TableRef of(ModelMeta model, Dialect dialect) {
        return new TableRef(model, dialect.quote(model.tableName()), dialect);
    }

    String column(ScalarFieldMeta field) {
        return this.reference + "." + this.dialect.quote(field.columnName());
    }

    String column(String fieldName) {
        return column(this.model.scalarField(fieldName));
    }

}
