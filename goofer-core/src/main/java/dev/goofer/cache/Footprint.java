package dev.goofer.cache;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The models an operation reads or writes, by their index in the schema; or everything,
 * for raw SQL whose models are not declared.
 *
 * @param models the model indexes, sorted
 * @param everything whether the operation may touch any table
 */
record Footprint(int[] models, boolean everything) {

    static final Footprint EVERYTHING = new Footprint(new int[0], true);

    static Footprint of(BitSet models) {
        return new Footprint(models.stream().toArray(), false);
    }

    boolean isEmpty() {
        return !this.everything && this.models.length == 0;
    }

    Footprint union(Footprint other) {
        if (this.everything || other.everything) {
            return EVERYTHING;
        }
        BitSet union = new BitSet();
        Arrays.stream(this.models).forEach(union::set);
        Arrays.stream(other.models).forEach(union::set);
        return of(union);
    }

    @Override
    public boolean equals(Object other) {
        return (other instanceof Footprint that) && this.everything == that.everything
                && Arrays.equals(this.models, that.models);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(this.models) * 31 + Boolean.hashCode(this.everything);
    }

    @Override
    public String toString() {
        return this.everything ? "Footprint[everything]" : "Footprint" + Arrays.toString(this.models);
    }

}
