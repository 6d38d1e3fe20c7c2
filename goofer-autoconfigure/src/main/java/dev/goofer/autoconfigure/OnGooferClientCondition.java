package dev.goofer.autoconfigure;

import java.util.List;

import dev.goofer.client.ClientDefinition;

import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when a generated Goofer client is on the class path (listed in
 * {@code META-INF/services/dev.goofer.client.ClientDefinition}).
 */
class OnGooferClientCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        ConditionMessage.Builder message = ConditionMessage.forCondition("Goofer client");
        List<ClientDefinition<?>> definitions = ClientDefinitions.load(context.getClassLoader());
        if (definitions.isEmpty()) {
            return ConditionOutcome.noMatch(message.didNotFind("generated client").atAll());
        }
        return ConditionOutcome.match(message.found("generated client", "generated clients")
            .items(definitions.stream().map((d) -> d.clientType().getName()).toList()));
    }

}
