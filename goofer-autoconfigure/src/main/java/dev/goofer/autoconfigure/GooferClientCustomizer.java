package dev.goofer.autoconfigure;

/**
 * Callback to customize the generated client the autoconfiguration creates, for example
 * to decorate the executor it runs on. Customizer beans are applied in
 * {@link org.springframework.core.Ordered order}.
 *
 * <pre>{@code
 * &#64;Bean
 * GooferClientCustomizer auditing(AuditLog log) {
 *     return (builder) -> builder.executor(new AuditingExecutor(builder.executor(), log));
 * }
 * }</pre>
 */
@FunctionalInterface
public interface GooferClientCustomizer {

    /**
     * Customize the client about to be created.
     * @param builder the builder of the client
     */
    void customize(GooferClientBuilder builder);

}
