package io.pactum.analytics.application;

import java.util.List;

/** An answer that is a table: it can also be given as CSV, one row per item. */
public interface Tabular {

    List<? extends Record> items();
}
