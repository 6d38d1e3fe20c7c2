package dev.goofer.sharding;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import dev.goofer.fixture.tenant.Plan;
import dev.goofer.types.Bytes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The strategies and the canonical key encoding they rely on. The pinned assignments must
 * never change: rows were written where they say.
 */
class ShardingStrategyTests {

    private static final List<String> SHARDS = List.of("s0", "s1", "s2");

    private static ShardKey key(Object... values) {
        List<String> fields = (values.length == 1) ? List.of("tenantId") : List.of("a", "b");
        return new ShardKey("Customer", fields, List.of(values));
    }

    @Test
    void murmur3MatchesTheReferenceVectors() {
        assertThat(Murmur3.hash32(new byte[0], 0)).isZero();
        assertThat(Murmur3.hash32("hello".getBytes(StandardCharsets.UTF_8), 0)).isEqualTo(0x248bfa47);
        assertThat(Murmur3.hash32("The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8), 0))
            .isEqualTo(0x2e4ff723);
    }

    @Test
    void canonicalBytesTagLengthAndPayloadEachValue() {
        assertThat(key(7).canonicalBytes()).containsExactly('I', 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 7);
        assertThat(key("ab").canonicalBytes()).containsExactly('S', 0, 0, 0, 2, 'a', 'b');
        assertThat(key(1, "a").canonicalBytes()).containsExactly('I', 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 1, 'S', 0, 0, 0,
                1, 'a');
    }

    @Test
    void integralNumbersEncodeAlikeWhateverTheirJavaType() {
        byte[] expected = key(7L).canonicalBytes();
        assertThat(key(7).canonicalBytes()).isEqualTo(expected);
        assertThat(key((short) 7).canonicalBytes()).isEqualTo(expected);
        assertThat(key(BigInteger.valueOf(7)).canonicalBytes()).isEqualTo(expected);
        assertThat(key(new BigDecimal("7.000")).canonicalBytes()).isEqualTo(expected);
        assertThat(key("7").canonicalBytes()).isNotEqualTo(expected);
        assertThat(key(new BigDecimal("7.50")).canonicalBytes()).isEqualTo(key(new BigDecimal("7.5")).canonicalBytes());
    }

    @Test
    void enumsUuidsBytesAndDateTimesEncodeAsTheirStoredForm() {
        assertThat(key(Plan.TRIAL).canonicalBytes()).isEqualTo(key("trial").canonicalBytes());
        java.util.UUID uuid = java.util.UUID.fromString("0190a6f2-7c3e-7000-8000-000000000001");
        assertThat(key(uuid).canonicalBytes()).isEqualTo(key(uuid.toString()).canonicalBytes());
        assertThat(key(Bytes.of(new byte[] { 1, 2 })).canonicalBytes())
            .isEqualTo(key((Object) new byte[] { 1, 2 }).canonicalBytes());
        Instant instant = Instant.parse("2024-05-01T10:00:00Z");
        assertThat(key(OffsetDateTime.ofInstant(instant, ZoneOffset.ofHours(2))).canonicalBytes())
            .isEqualTo(key(instant).canonicalBytes());
        assertThat(key(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)).canonicalBytes())
            .isEqualTo(key(instant).canonicalBytes());
    }

    @Test
    void unsupportedKeyTypesAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> key(new Object()).canonicalBytes())
            .withMessageContaining("Unsupported shard key value");
    }

    @Test
    void hashAssignmentsArePinned() {
        StringBuilder overThree = new StringBuilder();
        StringBuilder overFour = new StringBuilder();
        for (int tenant = 1; tenant <= 12; tenant++) {
            overThree.append(HashShardingStrategy.index(key(tenant), 3));
            overFour.append(HashShardingStrategy.index(key(tenant), 4));
        }
        assertThat(overThree).hasToString("111211000221");
        assertThat(overFour).hasToString("222120203132");
        ShardingStrategy hash = ShardingStrategy.hash();
        assertThat(hash.shardFor(key("acme"), SHARDS)).isEqualTo("s1");
        assertThat(hash.shardFor(key("globex"), SHARDS)).isEqualTo("s0");
        assertThat(hash.shardFor(key("initech"), SHARDS)).isEqualTo("s2");
        assertThat(hash.shardFor(key(1, "a"), SHARDS)).isEqualTo("s0");
    }

    @Test
    void rangeStrategySendsKeysBelowEachBoundaryToItsShard() {
        RangeShardingStrategy range = ShardingStrategy.range().below(100, "s0").below(200L, "s1").rest("s2").build();
        range.validate(SHARDS);
        assertThat(range.shardFor(key(-5), SHARDS)).isEqualTo("s0");
        assertThat(range.shardFor(key(99), SHARDS)).isEqualTo("s0");
        assertThat(range.shardFor(key(100), SHARDS)).isEqualTo("s1");
        assertThat(range.shardFor(key(new BigDecimal("199.5")), SHARDS)).isEqualTo("s1");
        assertThat(range.shardFor(key(200), SHARDS)).isEqualTo("s2");
        assertThat(range.description()).isEqualTo("range (< 100: s0, < 200: s1, rest: s2)");
    }

    @Test
    void rangeStrategyOrdersStringsByCodePoint() {
        RangeShardingStrategy range = ShardingStrategy.range().below("N", "s0").rest("s1").build();
        assertThat(range.shardFor(key("Moe"), SHARDS)).isEqualTo("s0");
        assertThat(range.shardFor(key("Zoe"), SHARDS)).isEqualTo("s1");
        assertThat(range.shardFor(key("alice"), SHARDS)).isEqualTo("s1");
    }

    @Test
    void rangeStrategyWithoutRestRejectsKeysAboveTheLastBoundary() {
        RangeShardingStrategy range = ShardingStrategy.range().below(10, "s0").build();
        assertThatExceptionOfType(ShardRoutingException.class).isThrownBy(() -> range.shardFor(key(10), SHARDS))
            .withMessageContaining("model \"Customer\"")
            .withMessageContaining("last range boundary 10");
    }

    @Test
    void rangeStrategyIsValidatedAgainstTheConfiguredShards() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> ShardingStrategy.range().below(10, "s0").rest("s9").build().validate(SHARDS))
            .withMessageContaining("\"s9\"");
        assertThatIllegalArgumentException().isThrownBy(() -> ShardingStrategy.range().below(10, "s0").below(5, "s1"))
            .withMessageContaining("must increase");
        assertThatIllegalStateException().isThrownBy(() -> ShardingStrategy.range().build());
    }

}
