package dev.hireguide.template;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.core.DateFilter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pebble's {@code date} filter, remembering what it wrote for each date written as text. The
 * filter makes a new {@code SimpleDateFormat} (with its calendar and symbols) on every call, which
 * cost 1% of a build, while a site has only a few hundred distinct dates. A date the way themes
 * write them ({@code yyyy-MM-dd}, in a plain English pattern) is written by {@link IsoDateText}
 * instead. Dates given as objects go straight to Pebble's filter; so does anything either
 * rejects, so its errors are unchanged.
 */
final class RememberedDateFilter implements Filter {

    private record Key(String date, Map<String, Object> args, Locale locale) {

        // Written out: a record's own equals and hashCode go through method handles, which the
        // quick JIT tier leaves slow, and this key is looked up for every date a page shows.
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && date.equals(key.date) && args.equals(key.args)
                    && Objects.equals(locale, key.locale);
        }

        @Override
        public int hashCode() {
            return (date.hashCode() * 31 + args.hashCode()) * 31 + Objects.hashCode(locale);
        }
    }

    private final DateFilter pebble = new DateFilter();
    private final Map<Key, Object> written = new ConcurrentHashMap<>();

    @Override
    public List<String> getArgumentNames() {
        return pebble.getArgumentNames();
    }

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                        int lineNumber) throws PebbleException {
        if (!(input instanceof String date) || args.containsValue(null)) {
            return pebble.apply(input, args, self, context, lineNumber);
        }
        Key key = new Key(date, new HashMap<>(args), context.getLocale());
        Object known = written.get(key);
        if (known == null) {
            known = IsoDateText.format(date, args, context.getLocale());
            if (known == null) {
                known = pebble.apply(input, args, self, context, lineNumber);
            }
            if (known != null) {
                written.put(key, known);
            }
        }
        return known;
    }

    /** How many dates are remembered (for tests). */
    int remembered() {
        return written.size();
    }
}
