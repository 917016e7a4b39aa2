import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * budget-service's saga throughput on a running local platform: ContractSigned events as contract-service
 * publishes them (CloudEvents binary mode) for {@code employees} people of ENG, {@code perEmployee} each, and the
 * time until budget-service has answered every one on pactum.budgets (consume, one conditional single-document
 * write, relay publish). Run by bench/throughput.sh; prints one line.
 *
 * <p>Arguments: bootstrap servers, issuer URL, budget-service URL, employees, contracts per employee, run label.
 */
public class Throughput {

    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        String issuer = args[1];
        String budgets = args[2];
        int employees = Integer.parseInt(args[3]);
        int perEmployee = Integer.parseInt(args[4]);
        String run = args[5];
        int year = Year.now(ZoneOffset.UTC).getValue();

        List<String> people = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = producer(bootstrap)) {
            for (int i = 0; i < employees; i++) {
                String id = run + "-" + i;
                people.add(id);
                String json = """
                        {"employeeId":"%s","name":"Bench %d","email":"%s@pactum.example","locale":"en-GB","timeZone":"Europe/Stockholm",\
                        "businessUnit":"ENG","jobRole":"Software Engineer","managerId":"mona","active":true}""".formatted(id, i, id);
                producer.send(record("pactum.workforce", id, "pactum.workforce.employee-upserted.v1", json));
            }
        }
        String fiona = token(issuer, "fiona");
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (true) { // budget-service learns the people from Kafka; allocate until every one has an account
            post(budgets + "/api/budget-policies/ENG/" + year + "/allocate", fiona);
            if (status(budgets + "/api/budgets/" + people.getLast() + "?fiscalYear=" + year, fiona) == 200
                    && status(budgets + "/api/budgets/" + people.getFirst() + "?fiscalYear=" + year, fiona) == 200) {
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("accounts for the bench employees were not opened within 5 minutes");
            }
            Thread.sleep(500);
        }

        try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrap);
             KafkaProducer<String, byte[]> producer = producer(bootstrap)) {
            List<TopicPartition> partitions = consumer.partitionsFor("pactum.budgets").stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);

            int total = employees * perEmployee;
            long started = System.nanoTime();
            for (int n = 0; n < perEmployee; n++) {
                for (String employee : people) {
                    String json = """
                            {"contractId":"%s-c%d","employeeId":"%s","managerId":"mona","revision":1,\
                            "totalPlannedCost":{"amountMinor":1500,"currency":"EUR"},"fiscalYear":%d,"businessUnit":"ENG",\
                            "signedAt":"%s"}""".formatted(employee, n, employee, year, OffsetDateTime.now(ZoneOffset.UTC));
                    producer.send(record("pactum.contracts", employee, "pactum.contract.signed.v1", json));
                }
            }
            producer.flush();
            double published = (System.nanoTime() - started) / 1e9;

            Set<String> answered = new HashSet<>();
            deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (answered.size() < total && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    String type = header(r, "ce_type");
                    String value = new String(r.value(), StandardCharsets.UTF_8);
                    if (type != null && type.startsWith("pactum.budget.reserv") && value.contains(run + "-")) {
                        Matcher contract = Pattern.compile("\"contractId\"\\s*:\\s*\"([^\"]+)\"").matcher(value);
                        if (contract.find()) {
                            answered.add(contract.group(1));
                        }
                    }
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("%d ContractSigned for %d employees: published in %.1f s, %d answered after %.1f s: %.0f events/s%n",
                    total, employees, published, answered.size(), seconds, answered.size() / seconds);
            if (answered.size() < total) {
                System.exit(1);
            }
        }
    }

    private static ProducerRecord<String, byte[]> record(String topic, String key, String type, String json) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, json.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_specversion", bytes("1.0")).add("ce_id", bytes(UUID.randomUUID().toString()))
                .add("ce_source", bytes("/pactum/bench")).add("ce_type", bytes(type)).add("ce_subject", bytes(key))
                .add("ce_time", bytes(OffsetDateTime.now(ZoneOffset.UTC).toString()))
                .add("content-type", bytes("application/json"));
        return record;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("acks", "all");
        p.put("linger.ms", "5");
        p.put("key.serializer", StringSerializer.class.getName());
        p.put("value.serializer", ByteArraySerializer.class.getName());
        return new KafkaProducer<>(p);
    }

    private static KafkaConsumer<String, byte[]> consumer(String bootstrap) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("enable.auto.commit", "false");
        p.put("key.deserializer", StringDeserializer.class.getName());
        p.put("value.deserializer", ByteArrayDeserializer.class.getName());
        return new KafkaConsumer<>(p);
    }

    private static String token(String issuer, String user) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(issuer + "/dev/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = TOKEN.matcher(response.body());
        if (!m.find()) {
            throw new IllegalStateException("no token for " + user + ": " + response.body());
        }
        return m.group(1);
    }

    private static void post(String url, String token) throws Exception {
        HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
    }

    private static int status(String url, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
