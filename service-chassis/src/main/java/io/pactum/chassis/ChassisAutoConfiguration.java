package io.pactum.chassis;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.pactum.chassis.messaging.InboundEvents;
import io.pactum.chassis.observability.MongoPingHealthIndicator;
import io.pactum.chassis.observability.TraceContext;
import io.pactum.chassis.outbox.AggregateWriter;
import io.pactum.chassis.outbox.Outbox;
import io.pactum.chassis.outbox.OutboxRelay;
import io.pactum.chassis.security.AccessPolicy;
import io.pactum.chassis.security.Caller;
import io.pactum.chassis.security.CallerArgumentResolver;
import io.pactum.chassis.security.JwtCallers;
import io.pactum.chassis.web.ProblemHandler;
import io.pactum.chassis.workforce.WorkforceDirectory;
import java.net.URI;
import io.pactum.chassis.time.AdjustableClock;
import io.pactum.chassis.time.ClockController;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.binder.kafka.utils.DlqDestinationResolver;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.messaging.Message;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every Pactum service gets the same way. Nothing here knows about contracts or budgets.
 */
@AutoConfiguration
@EnableConfigurationProperties(OutboxProperties.class)
public class ChassisAutoConfiguration {

    /**
     * The service's OpenAPI document at {@code /v3/api-docs} (springdoc, generated from the controllers): named
     * after the service, every operation behind a bearer JWT from the configured issuer, as the API is.
     */
    @Bean
    @ConditionalOnMissingBean
    OpenAPI openApi(@Value("${spring.application.name}") String application, @Value("${pactum.oidc.issuer}") String issuer) {
        // the caller comes from the token, not from the request: no parameter in the document
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
        return new OpenAPI()
                .info(new Info().title("Pactum " + application).description("Errors are application/problem+json (RFC 9457). "
                        + "Tokens come from the OIDC issuer " + issuer + "."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /** The one clock of the service; tests replace it. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = "pactum.clock.adjustable", havingValue = "false", matchIfMissing = true)
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The local platform's demo seed moves the services' clocks through a year of history; never elsewhere. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "pactum.clock.adjustable", havingValue = "true")
    static class AdjustableTime {

        @Bean
        @ConditionalOnMissingBean(Clock.class)
        AdjustableClock clock() {
            return new AdjustableClock(Clock.systemUTC());
        }

        @Bean
        ClockController clockController(AdjustableClock clock, ApplicationEventPublisher events) {
            return new ClockController(clock, events);
        }
    }

    // --- reliable publication -------------------------------------------------------------------

    @Bean
    TraceContext traceContext(ObjectProvider<Tracer> tracer) {
        return new TraceContext(tracer.getIfAvailable());
    }

    @Bean
    Outbox outbox(Clock clock, TraceContext traceContext) {
        return new Outbox(clock, traceContext);
    }

    @Bean
    Producer<String, byte[]> outboxProducer(@Value("${pactum.kafka.bootstrap-servers}") String bootstrapServers,
                                            @Value("${spring.application.name}") String application) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, application + "-outbox",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000,
                ProducerConfig.LINGER_MS_CONFIG, 0),
                new StringSerializer(), new ByteArraySerializer());
    }

    @Bean
    AggregateWriter aggregateWriter(MongoTemplate mongo, ObjectProvider<OutboxRelay> relay) {
        return new AggregateWriter(mongo, () -> relay.ifAvailable(OutboxRelay::wakeUp));
    }

    @Bean
    @ConditionalOnProperty(name = "pactum.outbox.relay-enabled", havingValue = "true", matchIfMissing = true)
    OutboxRelay outboxRelay(MongoTemplate mongo, Producer<String, byte[]> outboxProducer, OutboxProperties properties,
                            @Value("${spring.application.name}") String application, MeterRegistry meters) {
        return new OutboxRelay(mongo, outboxProducer, properties.collections(),
                URI.create("/pactum/" + application), properties.pollInterval(), properties.batchSize(),
                properties.sendTimeout(), meters);
    }

    /** Publishes right after an aggregate with pending events was saved, rather than at the next poll. */
    @Bean
    @ConditionalOnProperty(name = "pactum.outbox.relay-enabled", havingValue = "true", matchIfMissing = true)
    ApplicationListener<AfterSaveEvent<?>> outboxWakeUp(ObjectProvider<OutboxRelay> relay) {
        return saved -> relay.ifAvailable(OutboxRelay::wakeUp);
    }

    // --- consumption ----------------------------------------------------------------------------

    @Bean
    InboundEvents inboundEvents() {
        return new InboundEvents();
    }

    /** One dead-letter topic per consumer: {@code <topic>.<service>.dlq}. */
    @Bean
    DlqDestinationResolver dlqDestinationResolver(@Value("${spring.application.name}") String application) {
        return (record, exception) -> record.topic() + "." + application + ".dlq";
    }

    @Bean
    WorkforceDirectory workforceDirectory(MongoTemplate mongo) {
        return new WorkforceDirectory(mongo);
    }

    /** Keeps the local workforce projection; list {@code workforceEvents} in the function definition. */
    @Bean
    Consumer<Message<byte[]>> workforceEvents(InboundEvents inbound, WorkforceDirectory directory) {
        return inbound.consumer(directory::apply);
    }

    // --- web, errors, security ------------------------------------------------------------------

    @Bean
    ProblemHandler problemHandler() {
        return new ProblemHandler();
    }

    @Bean
    WebMvcConfigurer callerArgument() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }

    @Bean
    AccessPolicy accessPolicy(WorkforceDirectory directory) {
        return new AccessPolicy(directory);
    }

    /**
     * The API chain: every request needs a valid JWT except health and metrics. Services may add
     * chains of higher precedence for paths of their own (e.g. a web dashboard with OIDC login).
     */
    @Bean
    @Order(100)
    SecurityFilterChain apiSecurity(HttpSecurity http, JsonMapper json) throws Exception {
        return http
                .securityMatcher("/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new JwtCallers()))
                        .authenticationEntryPoint((request, response, e) -> writeProblem(response, json,
                                HttpStatus.UNAUTHORIZED, "A valid bearer token is required."))
                        .accessDeniedHandler((request, response, e) -> writeProblem(response, json,
                                HttpStatus.FORBIDDEN, "Your role does not allow this.")))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((request, response, e) -> writeProblem(response, json,
                                HttpStatus.UNAUTHORIZED, "A valid bearer token is required."))
                        .accessDeniedHandler((request, response, e) -> writeProblem(response, json,
                                HttpStatus.FORBIDDEN, "Your role does not allow this.")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .anonymous(Customizer.withDefaults())
                .build();
    }

    private static void writeProblem(jakarta.servlet.http.HttpServletResponse response, JsonMapper json,
                                     HttpStatus status, String detail) throws java.io.IOException {
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), ProblemDetail.forStatusAndDetail(status, detail));
    }

    // --- observability --------------------------------------------------------------------------

    /** Replaces Boot's Mongo health check (disabled in the chassis defaults), which the embedded store cannot answer. */
    @Bean
    MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }
}
