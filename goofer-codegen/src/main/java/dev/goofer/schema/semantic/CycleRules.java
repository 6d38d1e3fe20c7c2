package dev.goofer.schema.semantic;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.goofer.schema.diagnostics.SchemaErrors;

/**
 * Cascading referential actions must not form cycles on SQL Server and with
 * {@code relationMode = "prisma"}, and must not reach a model through several paths on
 * SQL Server (psl's cycle detection).
 */
final class CycleRules {

    private final ValidationContext context;

    CycleRules(ValidationContext context) {
        this.context = context;
    }

    void check() {
        boolean detection = this.context.has(Capability.REFERENCE_CYCLE_DETECTION);
        boolean prisma = this.context.relationMode() == RelationMode.PRISMA;
        if (!detection && !prisma) {
            return;
        }
        for (Relation relation : this.context.relations) {
            if (complete(relation)) {
                cycles(relation);
                if (detection && !prisma) {
                    multiplePaths(relation);
                }
            }
        }
    }

    private static boolean complete(Relation relation) {
        return !relation.isManyToMany() && relation.fieldB() != null;
    }

    private static boolean cascades(Relation relation) {
        return relation.onDelete().triggersModification() || relation.onUpdate().triggersModification();
    }

    private List<Relation> from(Model model) {
        List<Relation> relations = new ArrayList<>();
        for (Relation relation : this.context.relations) {
            if (complete(relation) && relation.modelA() == model) {
                relations.add(relation);
            }
        }
        return relations;
    }

    private void cycles(Relation root) {
        Set<Relation> visited = new HashSet<>();
        Deque<List<Relation>> paths = new ArrayDeque<>();
        paths.push(List.of(root));
        Model parent = root.modelA();
        while (!paths.isEmpty()) {
            List<Relation> path = paths.pop();
            Relation next = path.get(path.size() - 1);
            visited.add(next);
            if (!cascades(next)) {
                continue;
            }
            if (next.modelA() == next.modelB()) {
                report(root, "A self-relation must have `onDelete` and `onUpdate` referential actions set to "
                        + "`NoAction` in one of the @relation attributes.");
                return;
            }
            if (next.modelB() == parent) {
                report(root,
                        "Reference causes a cycle. One of the @relation attributes in this cycle must have "
                                + "`onDelete` and `onUpdate` referential actions set to `NoAction`. Cycle path: "
                                + describe(path) + ".");
                return;
            }
            for (Relation relation : from(next.modelB())) {
                if (!visited.contains(relation)) {
                    List<Relation> longer = new ArrayList<>(path);
                    longer.add(relation);
                    paths.push(longer);
                }
            }
        }
    }

    private void multiplePaths(Relation root) {
        if (!cascades(root)) {
            return;
        }
        Model parent = root.modelA();
        Map<String, Set<String>> seen = new java.util.LinkedHashMap<>();
        for (Relation start : from(parent)) {
            if (!cascades(start)) {
                continue;
            }
            Set<String> reached = seen.computeIfAbsent(start.fieldA().name(), (k) -> new LinkedHashSet<>());
            Deque<Relation> queue = new ArrayDeque<>(List.of(start));
            Set<Relation> done = new HashSet<>();
            while (!queue.isEmpty()) {
                Relation relation = queue.pop();
                if (!done.add(relation) || relation.modelA() == relation.modelB() || relation.modelB() == parent) {
                    continue;
                }
                reached.add(relation.modelB().name());
                for (Relation further : from(relation.modelB())) {
                    if (cascades(further)) {
                        queue.push(further);
                    }
                }
            }
        }
        Set<String> fromRoot = seen.remove(root.fieldA().name());
        if (fromRoot == null) {
            return;
        }
        Set<String> reachable = new TreeSet<>();
        for (Set<String> other : seen.values()) {
            for (String model : fromRoot) {
                if (other.contains(model)) {
                    reachable.add(model);
                }
            }
        }
        if (reachable.isEmpty()) {
            return;
        }
        String models = String.join(", ", reachable.stream().map((name) -> "`" + name + "`").toList());
        String subject = (reachable.size() == 1) ? "any of the records in model " + models + " is"
                : "any of the records in models " + models + " are";
        report(root, "When " + subject + " updated or deleted, the referential actions on the relations cascade to "
                + "model `" + parent.name() + "` through multiple paths. Please break one of these paths by setting "
                + "the `onUpdate` and `onDelete` to `NoAction`.");
    }

    private void report(Relation relation, String message) {
        RelationField field = relation.fieldA();
        String implicit = implicitDefaults(field, relation);
        this.context.add(SchemaErrors.referentialCycle(message + implicit, field.span()));
    }

    private static String implicitDefaults(RelationField field, Relation relation) {
        boolean onDelete = field.explicitOnDelete == null && relation.onDelete().triggersModification();
        boolean onUpdate = field.explicitOnUpdate == null && relation.onUpdate().triggersModification();
        if (onDelete && onUpdate) {
            return " (Implicit default `onDelete`: `" + relation.onDelete().prismaName() + "`, and `onUpdate`: `"
                    + relation.onUpdate().prismaName() + "`)";
        }
        if (onDelete) {
            return " (Implicit default `onDelete`: `" + relation.onDelete().prismaName() + "`)";
        }
        return onUpdate ? " (Implicit default `onUpdate`: `" + relation.onUpdate().prismaName() + "`)" : "";
    }

    private static String describe(List<Relation> path) {
        List<String> steps = new ArrayList<>();
        for (Relation relation : path) {
            steps.add(relation.modelA().name() + "." + relation.fieldA().name());
        }
        return String.join(" → ", steps);
    }

}
