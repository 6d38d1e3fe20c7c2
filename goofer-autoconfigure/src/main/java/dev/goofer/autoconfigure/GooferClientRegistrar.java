package dev.goofer.autoconfigure;

import java.util.List;
import java.util.function.Supplier;

import dev.goofer.client.ClientDefinition;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Registers the generated client as a bean of its generated type: finds the clients
 * through {@link java.util.ServiceLoader} on the application class loader, picks the one
 * to wire, and registers its {@link ClientDefinition} (bean
 * {@value #DEFINITION_BEAN_NAME}) and, unless the application defines a bean of the
 * client type itself, the client (bean {@value #CLIENT_BEAN_NAME}).
 */
class GooferClientRegistrar implements ImportBeanDefinitionRegistrar, BeanClassLoaderAware, EnvironmentAware {

    static final String DEFINITION_BEAN_NAME = "gooferClientDefinition";

    static final String CLIENT_BEAN_NAME = "gooferClient";

    private static final Log logger = LogFactory.getLog(GooferClientRegistrar.class);

    private @Nullable ClassLoader classLoader;

    private @Nullable Environment environment;

    @Override
    public void setBeanClassLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
        List<ClientDefinition<?>> definitions = ClientDefinitions.load(this.classLoader);
        if (definitions.isEmpty()) {
            logger.info("No generated Goofer client found on the class path (no META-INF/services/"
                    + ClientDefinition.class.getName() + "), so no client bean is defined: run the "
                    + "goofer-codegen-maven-plugin's generate goal on src/main/prisma/schema.prisma");
            return;
        }
        String requested = (this.environment != null) ? this.environment.getProperty("goofer.client") : null;
        ClientDefinition<?> chosen = ClientDefinitions.select(definitions, requested,
                (type) -> userDefined(registry, type));
        if (definitions.size() > 1) {
            logger.info("Wiring Goofer client " + chosen.clientType().getName() + " of the "
                    + definitions.stream().map((d) -> d.clientType().getName()).toList() + " on the class path");
        }
        if (!registry.containsBeanDefinition(DEFINITION_BEAN_NAME)) {
            registry.registerBeanDefinition(DEFINITION_BEAN_NAME, definitionBean(chosen));
        }
        if (userDefined(registry, chosen.clientType())) {
            logger.debug("The application defines its own " + chosen.clientType().getName() + " bean");
            return;
        }
        registry.registerBeanDefinition(CLIENT_BEAN_NAME, clientBean(chosen, (BeanFactory) registry));
    }

    private static boolean userDefined(BeanDefinitionRegistry registry, Class<?> clientType) {
        return (registry instanceof ListableBeanFactory beanFactory)
                && beanFactory.getBeanNamesForType(clientType, true, false).length > 0;
    }

    private static RootBeanDefinition definitionBean(ClientDefinition<?> definition) {
        RootBeanDefinition bean = new RootBeanDefinition(ClientDefinition.class);
        bean.setInstanceSupplier(() -> definition);
        bean.setRole(RootBeanDefinition.ROLE_INFRASTRUCTURE);
        return bean;
    }

    private static <C> RootBeanDefinition clientBean(ClientDefinition<?> definition, BeanFactory beanFactory) {
        @SuppressWarnings("unchecked")
        Class<C> type = (Class<C>) definition.clientType();
        Supplier<C> supplier = () -> type.cast(beanFactory.getBean(GooferClientFactory.class).create(definition));
        RootBeanDefinition bean = new RootBeanDefinition(type, supplier);
        return bean;
    }

}
