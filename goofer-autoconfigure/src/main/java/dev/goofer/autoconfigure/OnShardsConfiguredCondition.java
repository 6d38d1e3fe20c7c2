package dev.goofer.autoconfigure;

import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when at least one shard is configured under {@code goofer.shards}.
 */
class OnShardsConfiguredCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        ConditionMessage.Builder message = ConditionMessage.forCondition("Goofer shards");
        Map<String, ShardProperties> shards = shards(context.getEnvironment());
        if (shards.isEmpty()) {
            return ConditionOutcome.noMatch(message.didNotFind("goofer.shards entries").atAll());
        }
        return ConditionOutcome.match(message.found("shard", "shards").items(shards.keySet()));
    }

    static Map<String, ShardProperties> shards(Environment environment) {
        return Binder.get(environment)
            .bind("goofer.shards", Bindable.mapOf(String.class, ShardProperties.class))
            .orElse(Map.of());
    }

}
