package dev.goofer.sharding;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The routing context of the current thread: nested operations (the reads a merge issues)
 * see their own decision and give the enclosing one back, also when they fail.
 */
class ShardContextTests {

    private static final RoutingDecision FAN_OUT = new RoutingDecision("Customer", "find_many",
            List.of("s0", "s1", "s2"), RoutingDecision.Reason.FAN_OUT);

    private static final RoutingDecision ON_S1 = new RoutingDecision("Customer", "find_many", List.of("s1"),
            RoutingDecision.Reason.SHARD_KEY);

    @Test
    void nestedDecisionsGiveTheEnclosingOneBack() {
        assertThat(ShardContext.current()).isNull();
        String seen = ShardContext.within(FAN_OUT, () -> {
            assertThat(ShardContext.currentShard()).isNull();
            String inner = ShardContext.within(ON_S1, ShardContext::currentShard);
            assertThat(ShardContext.current()).isSameAs(FAN_OUT);
            return inner;
        });
        assertThat(seen).isEqualTo("s1");
        assertThat(ShardContext.current()).isNull();
    }

    @Test
    void aFailureGivesTheEnclosingDecisionBack() {
        ShardContext.within(FAN_OUT, () -> {
            assertThatIllegalStateException().isThrownBy(() -> ShardContext.within(ON_S1, () -> {
                throw new IllegalStateException("failed on s1");
            }));
            assertThat(ShardContext.current()).isSameAs(FAN_OUT);
            return null;
        });
        assertThat(ShardContext.current()).isNull();
    }

}
