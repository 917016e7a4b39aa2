package io.pactum.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * The L&D dashboard in a real headless Chromium (Debian's, driven by its chromedriver; nothing is downloaded):
 * lars signs in at the local issuer, sees the numbers the API gives him, narrows to SALES, downloads a table
 * as CSV, and the page refreshes itself when a new event arrives.
 */
@ExtendWith(LocalPlatformExtension.class)
class DashboardSystemIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String ANALYTICS = "analytics-service";
    static final Duration DEADLINE = Duration.ofSeconds(90);
    static final int YEAR = Year.now(ZoneOffset.UTC).getValue();

    /** The overview cards and how the API names their values. */
    static final List<String> MONEY_CARDS = List.of("allocated", "reserved", "spent", "costPerLevelGained");
    static final List<String> NUMBER_CARDS = List.of("utilisation", "completionRate", "medianDaysToSignature",
            "milestoneOnTimeRate", "milestonesMissed", "checkInAdherence", "levelsGained", "levelsPerThousand",
            "roiPercent", "benefitCostRatio", "atRisk");
    /** The views with a table, their API path and the filters each takes. */
    static final Map<String, List<String>> TABLES = new LinkedHashMap<>();

    static {
        List<String> all = List.of("businessUnit", "fiscalYear", "period");
        TABLES.put("budgets", all);
        TABLES.put("funnel", all);
        TABLES.put("gap-heatmap", List.of("businessUnit"));
        TABLES.put("roi", List.of("businessUnit", "fiscalYear"));
        TABLES.put("providers", all);
        TABLES.put("at-risk", List.of("businessUnit"));
        TABLES.put("competency-gains", all);
        TABLES.put("activity-types", all);
    }

    private ChromeDriver browser;
    private Path profile;
    private Path downloads;

    @BeforeEach
    void startChromium() throws IOException {
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as("The dashboard's browser test needs Debian's Chromium at %s and its driver at %s. Install them with "
                        + "`apt-get update && apt-get install -y chromium chromium-driver` (.ci/run does this).",
                        CHROMIUM, CHROMEDRIVER)
                .isTrue();
        profile = Files.createTempDirectory("pactum-chromium-profile-");
        downloads = Files.createTempDirectory("pactum-chromium-downloads-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--lang=en-US", "--window-size=1400,1000", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false,
                "download.directory_upgrade", true));
        // the driver's path is given, so Selenium Manager has nothing to find or download
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
        deleteQuietly(profile);
        deleteQuietly(downloads);
    }

    @Test
    void lars_signs_in_sees_the_seeded_numbers_filters_by_unit_exports_a_csv_and_sees_new_events_arrive() throws IOException {
        try {
            signInFilterExportAndRefresh();
        } catch (AssertionError | RuntimeException e) {
            e.addSuppressed(new AssertionError("the page when it failed (screenshot in " + screenshot() + "):\n" + pageState()));
            throw e;
        }
    }

    private void signInFilterExportAndRefresh() throws IOException {
        LocalPlatform platform = LocalPlatformExtension.platform();
        PactumClient lars = PactumClient.as("lars");
        // the seed's events reach analytics-service asynchronously: wait until it has counted them
        await().atMost(DEADLINE).until(() -> lars.get(ANALYTICS, "/api/analytics/overview").expectStatus(200).json()
                .path("funnel").path("proposed").asInt() > 0);

        browser.get(platform.url(ANALYTICS) + "/dashboard");
        await().atMost(DEADLINE).until(() -> browser.getCurrentUrl().startsWith(platform.issuer() + "/login"));
        browser.findElement(By.name("username")).sendKeys("lars");
        browser.findElement(By.name("password")).sendKeys("lars");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        await().atMost(DEADLINE).until(() -> browser.getCurrentUrl().startsWith(platform.url(ANALYTICS) + "/dashboard/"));
        await().atMost(DEADLINE).until(() -> loadedFor().contains("fiscalYear="));
        assertThat(browser.findElement(By.id("user")).getText()).contains("Lars").contains("LD_ADMIN");
        int year = Integer.parseInt(new Select(browser.findElement(By.id("f-year"))).getFirstSelectedOption().getAttribute("value"));
        assertThat(year).isEqualTo(YEAR);

        Map<String, String> allUnits = Map.of("fiscalYear", String.valueOf(year), "period", "YEAR");
        eventually().untilAsserted(() -> assertPageShows(lars, allUnits, true));

        new Select(browser.findElement(By.id("f-unit"))).selectByValue("SALES");
        await().atMost(DEADLINE).until(() -> loadedFor().contains("businessUnit=SALES"));
        assertThat(browser.getCurrentUrl()).contains("#businessUnit=SALES");
        Map<String, String> sales = Map.of("businessUnit", "SALES", "fiscalYear", String.valueOf(year), "period", "YEAR");
        eventually().untilAsserted(() -> assertPageShows(lars, sales, false));
        assertThat(amount(api(lars, "/overview", sales).path("allocated")))
                .as("SALES's budget is a part of both units' budget")
                .isLessThan(amount(api(lars, "/overview", allUnits).path("allocated")));

        eventually().untilAsserted(() -> assertDownloadEqualsApi(lars, "roi", sales, "roi-SALES-" + year + ".csv"));

        // a new proposal in SALES: the page notices the new event and reloads without being asked
        ((JavascriptExecutor) browser).executeScript("window.pactumTestMarker = 'still the same page';");
        int proposedBefore = api(lars, "/funnel", sales).path("items").get(0).path("contracts").asInt();
        proposeContractFor("sam");
        await().atMost(DEADLINE).until(() -> api(lars, "/funnel", sales).path("items").get(0).path("contracts").asInt()
                > proposedBefore);
        eventually().untilAsserted(() -> assertTableEqualsApi(lars, "funnel", sales));
        assertThat(((JavascriptExecutor) browser).executeScript("return window.pactumTestMarker;")).isEqualTo("still the same page");
    }

    /** Waits for the page to agree with the API; it may redraw meanwhile (new events), so its old elements go stale. */
    private static ConditionFactory eventually() {
        return await().atMost(DEADLINE).ignoreException(StaleElementReferenceException.class);
    }

    // --- what the page shows against what the API answers for the same user and filters ---

    /** The cards and every table agree with the API; with {@code seededViewsFilled} every table and chart has rows. */
    private void assertPageShows(PactumClient user, Map<String, String> filters, boolean seededViewsFilled) {
        JsonNode overview = api(user, "/overview", filters);
        for (String card : MONEY_CARDS) {
            JsonNode money = overview.path(card);
            assertThat(cardValue(card)).as("card %s", card).isEqualTo(money.isNull() ? null : amount(money));
        }
        for (String card : NUMBER_CARDS) {
            JsonNode value = overview.path(card);
            BigDecimal shown = cardValue(card);
            if (value.isNull()) {
                assertThat(shown).as("card %s", card).isNull();
            } else {
                assertThat(shown).as("card %s", card).isNotNull();
                assertThat(shown.compareTo(value.decimalValue())).as("card %s: %s vs %s", card, shown, value).isZero();
            }
        }
        for (String view : TABLES.keySet()) {
            assertTableEqualsApi(user, view, filters);
            if (seededViewsFilled) {
                assertThat(rows(view)).as("rows of %s", view).isNotEmpty();
                if (!view.equals("gap-heatmap") && !view.equals("at-risk")) {
                    assertThat(browser.findElements(By.cssSelector("#" + view + " .chart .bar-row"))).as("bars of %s", view)
                            .isNotEmpty();
                }
            }
        }
    }

    private void assertTableEqualsApi(PactumClient user, String view, Map<String, String> filters) {
        JsonNode items = api(user, "/" + view, only(filters, TABLES.get(view))).path("items");
        List<WebElement> rows = rows(view);
        assertThat(rows).as("rows of %s", view).hasSize(items.size());
        for (int i = 0; i < items.size(); i++) {
            String first = rows.get(i).findElement(By.cssSelector("th")).getText();
            assertThat(first).as("row %d of %s", i, view).isNotBlank();
        }
        if (view.equals("funnel")) {
            for (int i = 0; i < items.size(); i++) {
                assertThat(rows.get(i).findElement(By.cssSelector("td")).getText())
                        .isEqualTo(String.valueOf(items.get(i).path("contracts").asInt()));
            }
        }
    }

    private void assertDownloadEqualsApi(PactumClient user, String view, Map<String, String> filters, String filename)
            throws IOException {
        Path file = downloads.resolve(filename);
        Files.deleteIfExists(file);
        browser.findElement(By.cssSelector("#" + view + " button.csv")).sendKeys(Keys.ENTER); // by keyboard
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.isRegularFile(file) && Files.size(file) > 0
                && !Files.exists(downloads.resolve(filename + ".crdownload")));
        List<String> downloaded = lines(Files.readString(file, StandardCharsets.UTF_8));
        var api = user.get(ANALYTICS, "/api/analytics/" + view + query(only(filters, TABLES.get(view))), "text/csv")
                .expectStatus(200);
        assertThat(api.contentType()).startsWith("text/csv");
        assertThat(downloaded).as("header and rows of %s", filename).isEqualTo(lines(api.body()));
        assertThat(downloaded).as("a header and at least one row").hasSizeGreaterThan(1);
    }

    private String pageState() {
        try {
            StringBuilder state = new StringBuilder("URL ").append(browser.getCurrentUrl()).append('\n');
            browser.findElements(By.cssSelector("#status, .error:not([hidden])"))
                    .forEach(node -> state.append(node.getText()).append('\n'));
            return state.toString();
        } catch (RuntimeException e) {
            return "(could not read the page: " + e + ")";
        }
    }

    private Path screenshot() {
        try {
            Path file = Path.of("target", "dashboard-failure.png").toAbsolutePath();
            Files.createDirectories(file.getParent());
            Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private List<WebElement> rows(String view) {
        return browser.findElements(By.cssSelector("#" + view + " table tbody tr[data-row]"));
    }

    /** The number a card shows, read from its text as a user sees it ("€1,500.00", "61.5 %"); null for "—". */
    private BigDecimal cardValue(String metric) {
        String text = browser.findElement(By.cssSelector("#cards .card[data-metric='" + metric + "'] dd")).getText();
        String number = text.replaceAll("[^0-9.\\-]", "");
        return number.isEmpty() ? null : new BigDecimal(number);
    }

    private String loadedFor() {
        String loaded = browser.findElement(By.id("main")).getAttribute("data-loaded");
        return loaded == null ? "" : loaded;
    }

    private static JsonNode api(PactumClient user, String path, Map<String, String> params) {
        return user.get(ANALYTICS, "/api/analytics" + path + query(params)).expectStatus(200).json();
    }

    private static BigDecimal amount(JsonNode money) {
        return new BigDecimal(money.path("amount").asString());
    }

    private static Map<String, String> only(Map<String, String> filters, List<String> names) {
        Map<String, String> kept = new LinkedHashMap<>();
        names.stream().filter(filters::containsKey).forEach(name -> kept.put(name, filters.get(name)));
        return kept;
    }

    private static String query(Map<String, String> params) {
        StringBuilder query = new StringBuilder();
        params.forEach((name, value) -> query.append(query.isEmpty() ? '?' : '&').append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }

    private static List<String> lines(String text) {
        return text.lines().toList();
    }

    private static void proposeContractFor(String employee) {
        PactumClient client = PactumClient.as(employee);
        String id = client.post(LocalPlatform.CONTRACTS, "/api/contracts", """
                {"employeeId":"%s","title":"Negotiation masterclass","purpose":"Close larger deals","fiscalYear":%d,
                 "objectives":[{"description":"Negotiate multi-year deals","competencyId":"negotiation","targetLevel":3}],
                 "activities":[{"type":"WORKSHOP","title":"Masterclass","provider":"Harbour Academy",
                   "plannedCost":{"amount":"300.00","currency":"EUR"},"start":"%d-12-01","end":"%d-12-31"}],
                 "milestones":[{"title":"Workshop attended","dueDate":"%d-12-31"}],
                 "assessment":{"method":"MANAGER_REVIEW","criteria":"Leads a negotiation"},"checkInEveryDays":14}
                """.formatted(employee, YEAR, YEAR, YEAR, YEAR)).expectStatus(201).json().path("id").asString();
        client.post(LocalPlatform.CONTRACTS, "/api/contracts/" + id + "/propose", "{}").expectStatus(200);
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException | UncheckedIOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
