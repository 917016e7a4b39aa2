package io.pactum.analytics.web;

import io.pactum.analytics.application.Tabular;
import io.pactum.chassis.web.ApiMoney;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Any table answer as CSV ({@code Accept: text/csv}): a header row of the item's fields and one row per item
 * (RFC 4180: comma-separated, CRLF, a field with a comma, quote or line break quoted). Money is two columns,
 * {@code <name>} (decimal) and {@code <name>Currency}; a nested record's fields are columns
 * {@code <name><Field>}; a list is one cell joined by {@code ;}. A cell starting with {@code = + - @} is
 * prefixed with {@code '} so a spreadsheet does not evaluate it (and then quoted).
 */
class CsvTables extends AbstractHttpMessageConverter<Tabular> {

    static final String TEXT_CSV = "text/csv";
    private static final Pattern NEEDS_QUOTES = Pattern.compile("[\",\r\n]");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    CsvTables() {
        super(StandardCharsets.UTF_8, MediaType.parseMediaType(TEXT_CSV));
    }

    @Override
    protected boolean supports(Class<?> type) {
        return Tabular.class.isAssignableFrom(type);
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected Tabular readInternal(Class<? extends Tabular> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("CSV is only written", input);
    }

    @Override
    protected void writeInternal(Tabular table, HttpOutputMessage output) throws IOException {
        output.getBody().write(of(table).getBytes(StandardCharsets.UTF_8));
    }

    static String of(Tabular table) {
        List<? extends Record> items = table.items();
        Class<?> type = items.isEmpty() ? itemType(table) : items.getFirst().getClass();
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>();
        columns(type, "", header);
        csv.append(String.join(",", header)).append("\r\n");
        for (Record item : items) {
            List<String> cells = new ArrayList<>();
            cells(type, item, cells);
            csv.append(String.join(",", cells.stream().map(CsvTables::cell).toList())).append("\r\n");
        }
        return csv.toString();
    }

    /** The item type from the table's {@code items} component ({@code List<Item>}), for an empty table's header. */
    private static Class<?> itemType(Tabular table) {
        for (RecordComponent component : table.getClass().getRecordComponents()) {
            if (component.getName().equals("items")
                    && component.getGenericType() instanceof java.lang.reflect.ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> item) {
                return item;
            }
        }
        throw new IllegalStateException(table.getClass() + " names no item type");
    }

    private static void columns(Class<?> type, String prefix, List<String> header) {
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix.isEmpty() ? component.getName() : prefix + capitalised(component.getName());
            if (component.getType() == ApiMoney.class) {
                header.add(name);
                header.add(name + "Currency");
            } else if (component.getType().isRecord()) {
                columns(component.getType(), name, header);
            } else {
                header.add(name);
            }
        }
    }

    private static void cells(Class<?> type, Object value, List<String> cells) {
        for (RecordComponent component : type.getRecordComponents()) {
            Object v = value == null ? null : read(component, value);
            if (component.getType() == ApiMoney.class) {
                ApiMoney money = (ApiMoney) v;
                cells.add(money == null ? null : money.amount());
                cells.add(money == null ? null : money.currency());
            } else if (component.getType().isRecord()) {
                cells(component.getType(), v, cells);
            } else if (v instanceof Collection<?> list) {
                cells.add(String.join(";", list.stream().map(String::valueOf).toList()));
            } else {
                cells.add(v == null ? null : v instanceof java.math.BigDecimal d ? d.toPlainString() : v.toString());
            }
        }
    }

    private static Object read(RecordComponent component, Object value) {
        try {
            return component.getAccessor().invoke(value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        // a leading =, +, - or @ would make a spreadsheet evaluate the cell (a plain negative number is harmless)
        boolean formula = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !NUMBER.matcher(value).matches();
        String safe = formula ? "'" + value : value;
        return NEEDS_QUOTES.matcher(safe).find() || !safe.equals(value) ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
