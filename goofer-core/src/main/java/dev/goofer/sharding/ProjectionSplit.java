package dev.goofer.sharding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.query.Projection;
import dev.goofer.query.Row;
import dev.goofer.sql.RelationScope;
import org.jspecify.annotations.Nullable;

/**
 * A projection split for reading on shards: the includes and counts the shards can load
 * themselves, the ones loaded in a second round, and the fields added for merging and for
 * the second round, which are taken out of the rows again afterwards (kept as hidden
 * values where one database would keep them too).
 *
 * @param shard the projection each shard reads
 * @param remoteIncludes the includes to load in a second round
 * @param remoteCounts the relation counts to compute in a second round
 * @param cleared the positions of added fields to clear afterwards
 * @param hidden the positions of added fields to keep unloaded afterwards
 */
record ProjectionSplit(Projection shard, List<Projection.Include> remoteIncludes,
        List<Projection.CountInclude> remoteCounts, Set<Integer> cleared, Set<Integer> hidden) {

    static ProjectionSplit of(RelationChecks checks, ModelMeta model, Projection projection,
            List<ScalarFieldMeta> extra, List<ScalarFieldMeta> distinct, Collection<String> shards) {
        if (extra.isEmpty() && projection.includes().isEmpty() && projection.counts().isEmpty()) {
            // Nothing to add, split or strip: what the general way below gives, without
            // its
            // copies (the common single-shard read).
            return new ProjectionSplit(projection, List.of(), List.of(), Set.of(), Set.of());
        }
        List<Projection.Include> local = new ArrayList<>();
        List<Projection.Include> remote = new ArrayList<>();
        Set<String> needed = new LinkedHashSet<>();
        extra.forEach((field) -> needed.add(field.name()));
        for (Projection.Include include : projection.includes()) {
            if (checks.local(model, include, shards)) {
                local.add(include);
            }
            else {
                remote.add(include);
                RelationScope.parentKeyFields(model, include.relation()).forEach((field) -> needed.add(field.name()));
            }
        }
        List<Projection.CountInclude> localCounts = new ArrayList<>();
        List<Projection.CountInclude> remoteCounts = new ArrayList<>();
        for (Projection.CountInclude count : projection.counts()) {
            if (checks.local(model, count, shards)) {
                localCounts.add(count);
            }
            else {
                remoteCounts.add(count);
                RelationScope.parentKeyFields(model, count.relation()).forEach((field) -> needed.add(field.name()));
            }
        }
        List<ScalarFieldMeta> fields = projection.fields();
        Set<Integer> cleared = new HashSet<>();
        Set<Integer> hidden = new HashSet<>();
        @Nullable List<ScalarFieldMeta> shardFields = null;
        if (fields != null) {
            shardFields = new ArrayList<>(fields);
            Set<String> present = new HashSet<>();
            fields.forEach((field) -> present.add(field.name()));
            Set<String> hiddenByOne = hiddenFields(model, projection, distinct);
            for (String name : needed) {
                if (present.add(name)) {
                    shardFields.add(model.scalarField(name));
                    (hiddenByOne.contains(name) ? hidden : cleared).add(model.position(name));
                }
            }
        }
        Projection shard = new Projection(shardFields, local, localCounts, projection.selection());
        return new ProjectionSplit(shard, remote, remoteCounts, cleared, hidden);
    }

    /**
     * The fields one database reads without returning them: include keys and distinct.
     */
    private static Set<String> hiddenFields(ModelMeta model, Projection projection, List<ScalarFieldMeta> distinct) {
        Set<String> hidden = new HashSet<>();
        for (Projection.Include include : projection.includes()) {
            RelationScope.parentKeyFields(model, include.relation()).forEach((field) -> hidden.add(field.name()));
        }
        distinct.forEach((field) -> hidden.add(field.name()));
        return hidden;
    }

    boolean remote() {
        return !this.remoteIncludes.isEmpty() || !this.remoteCounts.isEmpty();
    }

    List<Row> strip(List<Row> rows) {
        if (this.cleared.isEmpty() && this.hidden.isEmpty()) {
            return rows;
        }
        List<Row> stripped = new ArrayList<>(rows.size());
        rows.forEach((row) -> stripped.add(Rows.strip(row, this.cleared, this.hidden)));
        return stripped;
    }

}
