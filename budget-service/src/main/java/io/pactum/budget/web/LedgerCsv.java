package io.pactum.budget.web;

import io.pactum.budget.domain.BudgetAccount;
import io.pactum.budget.domain.LedgerEntry;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Ledgers as CSV for finance (RFC 4180: comma-separated, CRLF, fields with commas, quotes or line breaks
 * quoted). Amounts are decimals in the account's currency; ADJUSTMENT may be negative.
 */
final class LedgerCsv {

    static final String MEDIA_TYPE = "text/csv";
    static final String HEADER = "employeeId,fiscalYear,businessUnit,entryId,kind,amount,currency,contractId,revision,"
            + "reference,actor,reason,eventId,at";

    private static final Pattern NEEDS_QUOTES = Pattern.compile("[\",\r\n]");

    private LedgerCsv() {
    }

    static String of(List<BudgetAccount> accounts) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (BudgetAccount a : accounts) {
            for (LedgerEntry e : a.ledger()) {
                csv.append(String.join(",", field(a.employeeId()), String.valueOf(a.fiscalYear()), field(a.businessUnit()),
                        field(e.entryId()), e.kind().name(), BudgetController.money(e.amountMinor(), a).amount(),
                        a.currency(), field(e.contractId()), e.revision() == null ? "" : e.revision().toString(),
                        field(e.reference()), field(e.actor()), field(e.reason()), field(e.eventId()),
                        e.at().toString())).append("\r\n");
            }
        }
        return csv.toString();
    }

    private static String field(String value) {
        if (value == null) {
            return "";
        }
        // a leading =, +, - or @ would make a spreadsheet evaluate the cell
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return NEEDS_QUOTES.matcher(safe).find() || !safe.equals(value) ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
