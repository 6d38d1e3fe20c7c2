package dev.goofer.schema.semantic;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.goofer.schema.ast.Expression;
import dev.goofer.schema.diagnostics.SchemaErrors;
import org.jspecify.annotations.Nullable;

/**
 * Turns expressions into the values rules expect, reporting a type mismatch otherwise.
 */
final class Coerce {

    private final ValidationContext context;

    Coerce(ValidationContext context) {
        this.context = context;
    }

    @Nullable String string(Expression expression) {
        if (expression instanceof Expression.StringLiteral string) {
            return string.value();
        }
        return mismatch("string", expression);
    }

    @Nullable String constant(Expression expression) {
        if (expression instanceof Expression.ConstantValue constant) {
            return constant.name();
        }
        return mismatch("constant", expression);
    }

    @Nullable Boolean bool(Expression expression) {
        if (expression instanceof Expression.ConstantValue constant
                && ("true".equals(constant.name()) || "false".equals(constant.name()))) {
            return Boolean.valueOf(constant.name());
        }
        return mismatch("boolean", expression);
    }

    @Nullable Long integer(Expression expression) {
        if (expression instanceof Expression.NumericLiteral number && number.isInteger()) {
            try {
                return Long.parseLong(number.text());
            }
            catch (NumberFormatException ex) {
                // too large: reported as a mismatch below
            }
        }
        return mismatch("numeric", expression);
    }

    /**
     * Coerce an array, or a single value standing for a one-element array.
     */
    <T> @Nullable List<T> array(Expression expression, Function<Expression, @Nullable T> element) {
        List<Expression> elements = (expression instanceof Expression.ArrayExpression array) ? array.elements()
                : List.of(expression);
        List<T> values = new ArrayList<>(elements.size());
        boolean valid = true;
        for (Expression item : elements) {
            T value = element.apply(item);
            if (value == null) {
                valid = false;
            }
            else {
                values.add(value);
            }
        }
        return valid ? values : null;
    }

    private <T> @Nullable T mismatch(String expected, Expression expression) {
        this.context
            .add(SchemaErrors.typeMismatch(expected, expression.describe(), expression.toSource(), expression.span()));
        return null;
    }

}
