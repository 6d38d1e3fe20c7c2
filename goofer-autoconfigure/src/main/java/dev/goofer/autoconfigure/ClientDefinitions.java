package dev.goofer.autoconfigure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

import dev.goofer.client.ClientDefinition;
import org.jspecify.annotations.Nullable;

/**
 * Finds the generated clients on the class path: every generated client lists its
 * {@link ClientDefinition} in
 * {@code META-INF/services/dev.goofer.client.ClientDefinition}.
 */
final class ClientDefinitions {

    private ClientDefinitions() {
    }

    /**
     * Load the client definitions visible to a class loader, one per client type, in
     * class path order.
     */
    static List<ClientDefinition<?>> load(@Nullable ClassLoader classLoader) {
        Map<String, ClientDefinition<?>> definitions = new LinkedHashMap<>();
        ServiceLoader<?> loader = ServiceLoader.load(ClientDefinition.class, classLoader);
        try {
            for (Object each : loader) {
                ClientDefinition<?> definition = (ClientDefinition<?>) each;
                definitions.putIfAbsent(definition.clientType().getName(), definition);
            }
        }
        catch (ServiceConfigurationError ex) {
            throw new IllegalStateException("A generated Goofer client listed in META-INF/services/"
                    + ClientDefinition.class.getName() + " cannot be loaded: " + ex.getMessage(), ex);
        }
        return new ArrayList<>(definitions.values());
    }

    /**
     * Pick the client to wire.
     * @param definitions the clients found
     * @param requested the client class name from {@code goofer.client}, or {@code null}
     * @param userDefined whether the application defines a bean of a client type itself
     * @return the client to wire
     * @throws GooferClientSelectionException when the choice is ambiguous or the
     * requested client does not exist
     */
    static ClientDefinition<?> select(List<ClientDefinition<?>> definitions, @Nullable String requested,
            java.util.function.Predicate<Class<?>> userDefined) {
        List<String> names = definitions.stream().map((d) -> d.clientType().getName()).toList();
        if (requested != null && !requested.isBlank()) {
            for (ClientDefinition<?> definition : definitions) {
                if (definition.clientType().getName().equals(requested.trim())) {
                    return definition;
                }
            }
            throw new GooferClientSelectionException("goofer.client names \"" + requested
                    + "\", which is not a generated Goofer client on the class path " + names, names);
        }
        if (definitions.size() == 1) {
            return definitions.get(0);
        }
        List<ClientDefinition<?>> open = definitions.stream().filter((d) -> !userDefined.test(d.clientType())).toList();
        if (open.size() == 1) {
            return open.get(0);
        }
        throw new GooferClientSelectionException(
                "Found " + definitions.size() + " generated Goofer clients on the class path " + names
                        + " and goofer.client does not say which one to wire",
                names);
    }

}
