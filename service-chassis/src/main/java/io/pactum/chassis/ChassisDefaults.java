package io.pactum.chassis;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code pactum-chassis-defaults.properties} as the lowest-precedence property source, so every
 * service shares the same wiring (Kafka, MongoDB, OIDC, dead-lettering, errors, logs) and its own
 * {@code application.yml} only says what is its own.
 */
public class ChassisDefaults implements EnvironmentPostProcessor {

    static final String RESOURCE = "pactum-chassis-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            for (var source : new PropertiesPropertySourceLoader().load("pactumChassisDefaults", new ClassPathResource(RESOURCE))) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
