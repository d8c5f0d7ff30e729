package org.byline.newsroom;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.byline.domain.NewsroomException;
import org.byline.domain.Outlet;
import org.byline.store.SettingsStore;

/** The outlet's name, masthead, site address and footer, as settings of the store. */
public final class OutletSettings {
    public static final String NAME = "outlet.name";
    public static final String MASTHEAD = "outlet.masthead";
    public static final String SITE = "outlet.site";
    public static final String FOOTER = "outlet.footer";
    /** bracket: [TV서울=홍길동 기자], paren: (TV서울=홍길동 기자), none: no lead, the closing line only. */
    public static final String LEAD_STYLE = "outlet.leadStyle";

    public static final List<String> KEYS = List.of(NAME, MASTHEAD, SITE, FOOTER, LEAD_STYLE);

    private final SettingsStore settings;

    public OutletSettings(SettingsStore settings) {
        this.settings = settings;
    }

    public Outlet outlet() {
        Map<String, String> all = settings.all();
        return new Outlet(
                all.get(NAME),
                all.get(MASTHEAD),
                all.get(SITE),
                all.get(FOOTER),
                Outlet.LeadStyle.fromCode(all.getOrDefault(LEAD_STYLE, "")));
    }

    /** Every outlet setting with the value in force (a default where none was set). */
    public Map<String, String> values() {
        Outlet o = outlet();
        Map<String, String> values = new LinkedHashMap<>();
        values.put(NAME, o.name());
        values.put(MASTHEAD, o.masthead());
        values.put(SITE, o.siteAddress());
        values.put(FOOTER, o.footer());
        values.put(LEAD_STYLE, o.leadStyle().code());
        return values;
    }

    /** The value {@code typed} would be stored as, or the refusal; stores nothing. */
    String checked(String key, String typed) {
        String value = typed == null ? "" : typed.strip();
        if (!KEYS.contains(key)) {
            throw new NewsroomException("error.unknownSetting", key, String.join(", ", KEYS));
        }
        if (key.equals(LEAD_STYLE) && !value.isBlank() && Outlet.LeadStyle.fromCode(value) == null) {
            throw new NewsroomException("error.badLeadStyle", value);
        }
        if (key.equals(SITE) && !value.isBlank() && !value.matches("https?://\\S+")) {
            throw new NewsroomException("error.badSiteAddress", value);
        }
        return value;
    }
}
