package dev.goofer.schema.semantic;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The wording details of relation ambiguity, which depends on how many fields clash and
 * whether the relation is a self relation with an explicit name.
 */
final class RelationMessages {

    private RelationMessages() {
    }

    /**
     * Describe why a group of relation fields sharing model, related model and relation
     * name is ambiguous.
     * @return the message, or {@code null} if the group is fine
     */
    static @Nullable String ambiguity(List<RelationField> group) {
        if (group.size() < 2) {
            return null;
        }
        RelationField first = group.get(0);
        Model model = first.model();
        boolean self = model == first.relatedModel();
        boolean explicit = first.explicitName != null;
        String fields = names(group);
        if (self && explicit && group.size() == 2) {
            return null;
        }
        if (self && !explicit && group.size() == 2) {
            return "Ambiguous self relation detected. The fields " + fields + " in model \"" + model.name()
                    + "\" both refer to \"" + model.name() + "\". If they are part of the same relation add the same "
                    + "relation name for them with `@relation(<name>)`.";
        }
        if (self && !explicit) {
            return "Unnamed self relation detected. The fields " + fields + " in model \"" + model.name()
                    + "\" have no relation name. Please provide a relation name for one of them by adding "
                    + "`@relation(<name>)`.";
        }
        if (self) {
            return "Wrongly named self relation detected. The fields " + fields + " in model \"" + model.name()
                    + "\" have the same relation name. At most two relation fields can belong to the same relation and "
                    + "therefore have the same name. Please assign a different relation name to one of them.";
        }
        if (!explicit) {
            return "Ambiguous relation detected. The fields " + fields + " in model \"" + model.name()
                    + "\" both refer to \"" + first.relatedModel().name() + "\". Please provide different relation "
                    + "names for them by adding `@relation(<name>)`.";
        }
        return "Wrongly named relation detected. The fields " + fields + " in model \"" + model.name()
                + "\" both use the same relation name. Please provide different relation names for them through "
                + "`@relation(<name>)`.";
    }

    private static String names(List<RelationField> group) {
        List<String> quoted = group.stream().map((field) -> "\"" + field.name() + "\"").toList();
        if (quoted.size() == 2) {
            return quoted.get(0) + " and " + quoted.get(1);
        }
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
    }

}
