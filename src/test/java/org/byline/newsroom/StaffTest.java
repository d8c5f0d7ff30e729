package org.byline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.byline.app.Context;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.Role;
import org.byline.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profiles, passwords and who may keep them: what a new store allows and what an admin closes. */
class StaffTest {
    private static final String PASSWORD = "한빛-desk-2026";

    @TempDir
    Path dir;

    private Context context;
    private Staff staff;

    @BeforeEach
    void openStore() {
        context = new Context(dir, Locale.KOREAN);
        staff = context.staff();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aDeskEditor_signsInWithTheirPassword_andAWrongOneIsRefused() {
        Person lee = staff.add("이데스크", "lee@tvseoul.kr", Role.DESK, PASSWORD.toCharArray(), null);

        assertThat(staff.authenticate("이데스크", PASSWORD.toCharArray())).isEqualTo(lee);
        assertThat(lee.role()).isEqualTo(Role.DESK);
        assertThatThrownBy(() -> staff.authenticate("이데스크", "한빛-desk-2025".toCharArray()))
                .isInstanceOfSatisfying(
                        NewsroomException.class, e -> assertThat(e.key()).isEqualTo("error.wrongPassword"));
        assertThatThrownBy(() -> staff.authenticate("이데스크", new char[0])).isInstanceOf(NewsroomException.class);
        assertThatThrownBy(() -> staff.authenticate("이데스크", null)).isInstanceOf(NewsroomException.class);
    }

    @Test
    void anUnknownName_isRefusedInTheSameWordsAsAWrongPassword() {
        staff.add("이데스크", "", Role.DESK, PASSWORD.toCharArray(), null);
        Messages ko = new Messages(Locale.KOREAN);

        NewsroomException wrongPassword = refusal(() -> staff.authenticate("이데스크", "틀린-비밀번호".toCharArray()));
        NewsroomException unknownName = refusal(() -> staff.authenticate("없는사람", PASSWORD.toCharArray()));

        assertThat(ko.describe(unknownName))
                .isEqualTo(ko.describe(wrongPassword))
                .isEqualTo("이름이나 비밀번호가 맞지 않습니다.");
    }

    @Test
    void aReporter_needsNoPassword_andIsGivenNone() {
        Person hong = staff.add("홍길동", "", Role.REPORTER, null, null);

        assertThat(staff.authenticate("홍길동", null)).isEqualTo(hong);
        assertThat(storedHash("홍길동")).isNull();
        assertThat(refusal(() -> staff.add("김기자", "", Role.REPORTER, "kim-pass-1".toCharArray(), null))
                        .key())
                .isEqualTo("people.reporterPassword");
    }

    @Test
    void deskAndAdminProfiles_needAPasswordOfEightCharacters() {
        assertThat(refusal(() -> staff.add("이데스크", "", Role.DESK, null, null)).key())
                .isEqualTo("people.passwordRequired");
        assertThat(refusal(() -> staff.add("최관리", "", Role.ADMIN, new char[0], null))
                        .key())
                .isEqualTo("people.passwordRequired");
        assertThat(refusal(() -> staff.add("이데스크", "", Role.DESK, "짧은암호".toCharArray(), null))
                        .key())
                .isEqualTo("people.passwordTooShort");
        assertThat(staff.all()).isEmpty();
    }

    @Test
    void thePassword_isStoredAsASaltedPbkdf2Hash() {
        staff.add("이데스크", "", Role.DESK, PASSWORD.toCharArray(), null);
        staff.add("박데스크", "", Role.DESK, PASSWORD.toCharArray(), null);

        String lee = storedHash("이데스크");
        String park = storedHash("박데스크");

        assertThat(lee).matches("pbkdf2-sha256\\$\\d+\\$[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+");
        String[] parts = lee.split("\\$");
        assertThat(Integer.parseInt(parts[1])).isGreaterThanOrEqualTo(210_000);
        assertThat(Base64.getDecoder().decode(parts[2])).hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
        assertThat(park).as("the same password, salted differently").isNotEqualTo(lee);
    }

    @Test
    void thePassword_appearsNowhereInTheStoresFiles() throws IOException {
        staff.add("이데스크", "", Role.DESK, PASSWORD.toCharArray(), null);
        staff.authenticate("이데스크", PASSWORD.toCharArray());
        context.close();

        List<byte[]> forms = List.of(
                PASSWORD.getBytes(StandardCharsets.UTF_8),
                PASSWORD.getBytes(StandardCharsets.UTF_16LE),
                PASSWORD.getBytes(StandardCharsets.UTF_16BE),
                "desk-2026".getBytes(StandardCharsets.US_ASCII));
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(dir)) {
            all.filter(Files::isRegularFile).forEach(files::add);
        }
        assertThat(files).extracting(f -> f.getFileName().toString()).contains("byline.db");
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            for (byte[] form : forms) {
                assertThat(indexOf(bytes, form))
                        .as(file + " holds the password")
                        .isEqualTo(-1);
            }
        }
        context = new Context(dir, Locale.KOREAN); // for @AfterEach
    }

    @Test
    void aNewStore_letsAnyoneAddProfiles_untilItHasAnAdmin() {
        assertThat(staff.hasAdmin()).isFalse();
        staff.add("홍길동", "", Role.REPORTER, null, null);
        Person lee = staff.add("이데스크", "", Role.DESK, PASSWORD.toCharArray(), null);
        Person choi = staff.add("최관리", "", Role.ADMIN, "choi-admin-1".toCharArray(), null);
        assertThat(staff.hasAdmin()).isTrue();

        assertThat(refusal(() -> staff.add("김기자", "", Role.REPORTER, null, null))
                        .key())
                .isEqualTo("people.adminOnly");
        assertThat(refusal(() -> staff.addReporter("김기자", "")).key()).isEqualTo("people.adminOnly");
        assertThat(refusal(() -> staff.add("김기자", "", Role.REPORTER, null, lee)).key())
                .isEqualTo("people.adminOnly");
        Person kim = staff.add("김기자", "", Role.REPORTER, null, choi);

        assertThat(kim.role()).isEqualTo(Role.REPORTER);
        assertThat(staff.all()).extracting(Person::name).containsExactlyInAnyOrder("홍길동", "이데스크", "최관리", "김기자");
    }

    @Test
    void settings_areAdminOnly_onceTheStoreHasAnAdmin() {
        Settings settings = context.settings();
        Person hong = staff.add("홍길동", "", Role.REPORTER, null, null);
        settings.set("outlet.name", "TV서울", hong);
        Person lee = staff.add("이데스크", "", Role.DESK, PASSWORD.toCharArray(), null);
        Person choi = staff.add("최관리", "", Role.ADMIN, "choi-admin-1".toCharArray(), null);

        assertThat(refusal(() -> settings.set("outlet.name", "바이라인", null)).key())
                .isEqualTo("people.adminOnlySettings");
        assertThat(refusal(() -> settings.set("outlet.name", "바이라인", hong)).key())
                .isEqualTo("people.adminOnlySettings");
        assertThat(refusal(() -> settings.set("photos.maxMegabytes", "80", lee)).key())
                .isEqualTo("people.adminOnlySettings");
        Person claimsAdmin = new Person(hong.id(), hong.name(), "", Role.ADMIN);
        assertThat(refusal(() -> settings.set("outlet.name", "바이라인", claimsAdmin))
                        .key())
                .isEqualTo("people.adminOnlySettings");
        assertThat(context.outlet().outlet().name()).isEqualTo("TV서울");

        settings.set("outlet.name", "TV서울 뉴스", choi);
        assertThat(context.outlet().outlet().name()).isEqualTo("TV서울 뉴스");
    }

    @Test
    void profilesOfTheFoundation_areReporters() {
        Person hong = staff.addReporter("홍길동", "hong@tvseoul.kr");

        assertThat(hong.role()).isEqualTo(Role.REPORTER);
        assertThat(new Person(1, "홍길동", "")).extracting(Person::role).isEqualTo(Role.REPORTER);
        assertThat(staff.named("홍길동").role()).isEqualTo(Role.REPORTER);
    }

    private static NewsroomException refusal(Runnable action) {
        try {
            action.run();
        } catch (NewsroomException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    private String storedHash(String name) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("byline.db"));
                var st = c.prepareStatement("SELECT password_hash FROM people WHERE name = ?")) {
            st.setString(1, name);
            ResultSet rs = st.executeQuery();
            assertThat(rs.next()).as(name).isTrue();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
