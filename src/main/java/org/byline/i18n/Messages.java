package org.byline.i18n;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.byline.domain.DeskAction;
import org.byline.domain.NewsroomException;
import org.byline.domain.NewsroomTime;
import org.byline.domain.PushJob;
import org.byline.domain.PushState;
import org.byline.domain.Role;
import org.byline.domain.Status;

/**
 * Every word Byline says, from resource bundles: Korean by default, English on request or when
 * the system's language is not Korean. LocalizationTest keeps both bundles complete.
 */
public final class Messages {
    public static final String BUNDLE = "org.byline.i18n.messages";
    /** The newsroom's clock: embargoes and history are read in Korean time wherever Byline runs. */
    private static final DateTimeFormatter KST =
            DateTimeFormatter.ofPattern("yyyy.MM.dd HH:mm:ss").withZone(NewsroomTime.ZONE);

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** {@code ko} or {@code en} as asked; with nothing asked, Korean unless the system speaks another language. */
    public static Locale choose(String asked, Locale system) {
        String lang = asked != null && !asked.isBlank() ? asked.strip().toLowerCase(Locale.ROOT) : system.getLanguage();
        return "ko".equals(lang) ? Locale.KOREAN : Locale.ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // a number the pattern formats itself ({1,choice,...} for "1 article"/"2 articles") stays a number
            boolean formatted = args[i] instanceof Number && pattern.contains("{" + i + ",");
            shown[i] = formatted ? args[i] : shown(args[i]);
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    /**
     * An argument as the reader should see it: ids and versions as typed ("12345", not "12,345"),
     * newsroom words in the user's language (작성중, 데스크, 승인), times in Korean time.
     */
    private Object shown(Object arg) {
        if (arg instanceof Number) {
            return arg.toString();
        }
        if (arg instanceof Status status) {
            return status(status);
        }
        if (arg instanceof Role role) {
            return role(role);
        }
        if (arg instanceof DeskAction action) {
            return action(action);
        }
        if (arg instanceof Instant instant) {
            return KST.format(instant);
        }
        return arg;
    }

    public String status(Status status) {
        return switch (status) {
            case DRAFT -> get("status.draft");
            case SUBMITTED -> get("status.submitted");
            case APPROVED -> get("status.approved");
            case PUBLISHED -> get("status.published");
            case SPIKED -> get("status.spiked");
        };
    }

    public String role(Role role) {
        return switch (role) {
            case REPORTER -> get("role.reporter");
            case DESK -> get("role.desk");
            case ADMIN -> get("role.admin");
        };
    }

    public String action(DeskAction action) {
        return switch (action) {
            case SUBMIT -> get("desk.action.submit");
            case APPROVE -> get("desk.action.approve");
            case RETURN -> get("desk.action.return");
            case SPIKE -> get("desk.action.spike");
            case UNSPIKE -> get("desk.action.unspike");
            case PUBLISH -> get("desk.action.publish");
            case EMBARGO -> get("desk.action.embargo");
            case CLEAR_EMBARGO -> get("desk.action.clearEmbargo");
            case OVERRIDE_EMBARGO -> get("desk.action.overrideEmbargo");
            case CORRECT -> get("desk.action.correct");
            case IMPORT -> get("desk.action.import");
            case EDIT -> get("desk.action.edit");
            case PUSH -> get("desk.action.push");
        };
    }

    /**
     * Why a push job is where it is: the reason of its last failure, when Byline tries again if it
     * will, and for a job it gave up on, the reason that kept coming back.
     */
    public String pushError(PushJob job) {
        if (!job.hasError()) {
            return "";
        }
        List<String> args = job.errorArgs();
        String said = "push.gaveUp".equals(job.errorKey()) && args.size() >= 2
                ? get(
                        "push.gaveUp",
                        args.get(0),
                        get(args.get(1), args.subList(2, args.size()).toArray()))
                : get(job.errorKey(), args.toArray());
        if (job.state() == PushState.QUEUED && job.nextAttemptAt() != null) {
            said += " " + get("push.triesAgain", job.nextAttemptAt());
        }
        return said;
    }

    /** A failure said in the user's language. */
    /** The longest piece of what was typed or named that a refusal quotes whole. */
    static final int QUOTED_AT_MOST = 120;

    /**
     * What a refusal quotes (a name, a section, a path) as far as the reader needs it: a
     * 10,000-character name typed by mistake is shown by its start and its length, not whole.
     */
    public static String quotedPart(String text) {
        return quoted(text);
    }

    static String quoted(String text) {
        if (text.length() <= QUOTED_AT_MOST) {
            return text;
        }
        int cut = QUOTED_AT_MOST - 20;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--; // never half a character
        }
        return text.substring(0, cut) + "… (" + text.length() + ")";
    }

    public String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof NewsroomException n) {
                Object[] args = n.args().clone();
                for (int i = 0; i < args.length; i++) {
                    if (args[i] instanceof CharSequence || args[i] instanceof Path) {
                        args[i] = quoted(args[i].toString());
                    }
                }
                return get(n.key(), args);
            }
        }
        String detail = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return get("error.unexpected", quoted(detail));
    }
}
