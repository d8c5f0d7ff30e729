package org.byline.ui;

import static org.byline.ui.RunningByline.waitUntil;

import javafx.scene.control.TextArea;

/** The article being written: headline, body, what the save line and the state line say. */
final class EditorPage {
    private final RunningByline byline;

    EditorPage(RunningByline byline) {
        this.byline = byline;
    }

    String headline() {
        return byline.text("#headline");
    }

    String body() {
        return byline.text("#body");
    }

    /** Clicks into the headline and types {@code text} where the caret lands (the end). */
    void typeHeadline(String text) {
        byline.type("#headline", text);
    }

    void typeBody(String text) {
        byline.type("#body", text);
    }

    /** Waits until the article with this headline is the one open. */
    void waitForArticle(String headline) throws Exception {
        waitUntil(() -> headline.equals(headline()));
    }

    /** The save line (저장됨 …, 저장하지 못했습니다 …). */
    String saveState() {
        return byline.text("#saveState");
    }

    /** Waits until the save line says the text is stored. */
    void waitUntilSaved() throws Exception {
        waitUntil(() -> saveState().startsWith("저장됨"));
    }

    /** The article's status as the state line shows it (작성중, 송고 …). */
    String state() {
        return byline.text("#articleState");
    }

    /** What the banner says when someone else holds the article (홍길동 님이 …), or "" while none shows. */
    String lockMessage() {
        boolean shown = byline.robot
                .lookup("#lockBanner")
                .tryQuery()
                .map(n -> n.isVisible())
                .orElse(false);
        return shown ? byline.text("#lockMessage") : "";
    }

    /** The desk's 편집 가져오기 on an article someone else holds. */
    void takeOverLock() {
        byline.robot.clickOn("#breakLock");
    }

    boolean bodyEditable() {
        TextArea body = byline.node("#body");
        return body.isEditable();
    }
}
