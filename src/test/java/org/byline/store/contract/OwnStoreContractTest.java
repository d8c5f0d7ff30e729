package org.byline.store.contract;

import java.nio.file.Path;
import java.util.Locale;
import org.byline.app.Context;
import org.byline.domain.Person;
import org.byline.domain.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** {@link StoreContract} on a workstation's own SQLite store: the reporter and the desk at one computer. */
class OwnStoreContractTest extends StoreContract {
    @TempDir
    Path dir;

    private Context store;
    private Person reporter;
    private Person desk;

    @BeforeEach
    void open() {
        store = new Context(dir, Locale.KOREAN);
        reporter = store.staff().addReporter("홍길동", "");
        desk = store.staff().add("김데스크", "", Role.DESK, "desk-password-1".toCharArray(), null);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Override
    Context reporterSide() {
        return store;
    }

    @Override
    Context deskSide() {
        return store;
    }

    @Override
    Person reporter() {
        return reporter;
    }

    @Override
    Person desk() {
        return desk;
    }

    @Override
    void settle(long id) {
        // one store: every change is everyone's at once
    }
}
