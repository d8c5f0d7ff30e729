package org.byline.launch;

import java.lang.reflect.InvocationTargetException;
import java.util.Locale;

/**
 * The jar's entry point, compiled for Java 8 so that an older Java can still load it and say in
 * one line what is wrong, instead of an UnsupportedClassVersionError. On Java 17 or newer it hands
 * over to org.byline.app.Main at once. (Plain Java 8 on purpose: no records, no var, no newer API.)
 */
public final class Launcher {
    /** The oldest Java Byline runs on (JavaFX 21 and the code itself need it). */
    static final int OLDEST_JAVA = 17;

    private Launcher() {}

    public static void main(String[] args) throws Throwable {
        String problem = problem(System.getProperty("java.specification.version", ""), Locale.getDefault());
        if (problem != null) {
            System.err.println("byline: " + problem);
            System.exit(1);
            return;
        }
        try {
            Class.forName("org.byline.app.Main")
                    .getMethod("main", String[].class)
                    .invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /**
     * What to say when {@code specification} ("1.8", "11", "17") is too old, in the system's
     * language (the Messages bundle is not readable here: Java 8 reads properties as Latin-1);
     * null when Byline runs on it.
     */
    static String problem(String specification, Locale locale) {
        int feature = feature(specification);
        if (feature >= OLDEST_JAVA) {
            return null;
        }
        String found = feature > 0 ? String.valueOf(feature) : specification;
        if ("ko".equals(locale.getLanguage())) {
            return "바이라인은 Java " + OLDEST_JAVA + " 이상에서 실행됩니다. 이 컴퓨터의 Java는 " + found
                    + "입니다. Java " + OLDEST_JAVA + "(예: Debian·Ubuntu의 openjdk-17-jre)을 설치한 뒤 다시 실행하세요."
                    + " 명령줄도 같은 Java가 필요합니다.";
        }
        return "Byline runs on Java " + OLDEST_JAVA + " or newer; this computer's Java is " + found + ". Install Java "
                + OLDEST_JAVA + " (for example openjdk-17-jre on Debian and Ubuntu) and start again."
                + " The command line needs the same Java.";
    }

    /** 8 for "1.8", 17 for "17"; 0 when it cannot be read. */
    static int feature(String specification) {
        String s = specification.startsWith("1.") ? specification.substring(2) : specification;
        int end = 0;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(s.substring(0, end));
    }
}
