package dev.hireguide.template.elsewhere;

/** A record that code in other packages cannot name, for RecordComponentResolverTest. */
public final class HiddenRecords {

    private HiddenRecords() {
    }

    record Secret(String name, int level) {
        @Override
        public int level() {
            if (level < 0) {
                throw new IllegalStateException("no level");
            }
            return level;
        }
    }

    public static Object secret(String name, int level) {
        return new Secret(name, level);
    }
}
