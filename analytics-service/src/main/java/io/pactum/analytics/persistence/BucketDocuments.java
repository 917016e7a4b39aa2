package io.pactum.analytics.persistence;

import io.pactum.analytics.domain.Figures;
import io.pactum.analytics.domain.RollupKey;
import io.pactum.analytics.domain.RollupKind;
import io.pactum.analytics.domain.Tally;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * Buckets as documents: {@code c} counters, {@code m.<currency>} money in minor units, {@code h.<name>.<value>}
 * histograms — every field name is one of ours, a currency code or a number; free text (providers, competencies)
 * only ever in values. The same shape carries a change that rides in a fact document.
 */
final class BucketDocuments {

    static final String COUNTS = "c";
    static final String MONEY = "m";
    static final String HISTOGRAMS = "h";

    private BucketDocuments() {
    }

    static Document key(RollupKey key) {
        return new Document("kind", key.kind().name()).append("businessUnit", key.businessUnit())
                .append("fiscalYear", key.fiscalYear()).append("period", key.period()).append("dimension", key.dimension());
    }

    static RollupKey keyOf(Document document) {
        return new RollupKey(RollupKind.valueOf(document.getString("kind")), document.getString("businessUnit"),
                document.getInteger("fiscalYear"), document.getString("period"), document.getString("dimension"));
    }

    static Document figures(Figures figures) {
        Document counts = new Document();
        figures.counts().forEach(counts::append);
        Document money = new Document();
        figures.money().forEach((currency, names) -> {
            Document ofCurrency = new Document();
            names.forEach(ofCurrency::append);
            money.append(currency, ofCurrency);
        });
        Document histograms = new Document();
        figures.histograms().forEach((name, values) -> {
            Document histogram = new Document();
            values.forEach((value, n) -> histogram.append(String.valueOf(value), n));
            histograms.append(name, histogram);
        });
        return new Document(COUNTS, counts).append(MONEY, money).append(HISTOGRAMS, histograms);
    }

    static Figures figuresOf(Document document) {
        Figures figures = new Figures();
        Document counts = document.get(COUNTS, Document.class);
        if (counts != null) {
            counts.forEach((name, n) -> figures.add(name, ((Number) n).longValue()));
        }
        Document money = document.get(MONEY, Document.class);
        if (money != null) {
            money.forEach((currency, names) -> ((Document) names).forEach(
                    (name, minor) -> figures.addMoney(currency, name, ((Number) minor).longValue())));
        }
        Document histograms = document.get(HISTOGRAMS, Document.class);
        if (histograms != null) {
            histograms.forEach((name, values) -> ((Document) values).forEach(
                    (value, n) -> figures.addToHistogram(name, Long.parseLong(value), ((Number) n).longValue())));
        }
        return figures;
    }

    /** A tally as a list of buckets (key and figures). */
    static List<Document> tally(Tally tally) {
        List<Document> buckets = new ArrayList<>();
        tally.buckets().forEach((key, figures) -> buckets.add(key(key).append("figures", figures(figures))));
        return buckets;
    }

    static Tally tallyOf(List<Document> buckets) {
        Tally tally = new Tally();
        for (Document bucket : buckets) {
            tally.at(keyOf(bucket)).plus(figuresOf(bucket.get("figures", Document.class)));
        }
        return tally;
    }

    /** The increments that add the figures to a stored bucket. */
    static Map<String, Long> increments(Figures figures) {
        Map<String, Long> increments = new java.util.LinkedHashMap<>();
        figures.counts().forEach((name, n) -> increments.put(COUNTS + "." + name, n));
        figures.money().forEach((currency, names) -> names.forEach((name, minor) -> increments.put(MONEY + "." + currency + "." + name, minor)));
        figures.histograms().forEach((name, values) -> values.forEach((value, n) -> increments.put(HISTOGRAMS + "." + name + "." + value, n)));
        return increments;
    }
}
