package org.byline.ui.settings;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.byline.i18n.Messages;

/** The 뉴스룸 서버 tab: this computer's newsroom server: where it stands, the address, name and password, test, join, leave. */
final class NewsroomLinkPane {
    private NewsroomLinkPane() {}

    static VBox of(NewsroomLinkViewModel vm, Messages m) {
        Label standing = new Label();
        standing.setId("newsroomStanding");
        standing.setWrapText(true);
        standing.textProperty().bind(vm.standingProperty());

        TextField address = new TextField();
        address.setId("newsroomAddress");
        address.setPromptText("postgresql://db.example.kr:5432/newsroom");
        address.setAccessibleText(m.get("settings.newsroom.address"));
        address.textProperty().bindBidirectional(vm.addressProperty());
        address.disableProperty().bind(vm.joinedProperty());
        GridPane.setHgrow(address, Priority.ALWAYS);
        TextField name = new TextField();
        name.setId("newsroomName");
        name.setAccessibleText(m.get("settings.newsroom.name"));
        name.textProperty().bindBidirectional(vm.nameProperty());
        name.disableProperty().bind(vm.joinedProperty());
        PasswordField password = new PasswordField();
        password.setId("newsroomPassword");
        password.setAccessibleText(m.get("settings.newsroom.password"));

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(m.get("settings.newsroom.address")), address);
        grid.addRow(1, new Label(m.get("settings.newsroom.name")), name);
        grid.addRow(2, new Label(m.get("settings.newsroom.password")), password);

        Button test = new Button(m.get("settings.newsroom.test"));
        test.setId("newsroomTest");
        test.setOnAction(e -> vm.test(password.getText().toCharArray()));
        Button join = new Button(m.get("settings.newsroom.join"));
        join.setId("newsroomJoin");
        join.setOnAction(e -> {
            vm.join(password.getText().toCharArray());
            password.clear();
        });
        join.disableProperty().bind(vm.joinedProperty().or(vm.busyProperty()));
        test.disableProperty().bind(vm.busyProperty());
        Button leave = new Button(m.get("settings.newsroom.leave"));
        leave.setId("newsroomLeave");
        leave.setOnAction(e -> vm.leave());
        leave.disableProperty().bind(vm.joinedProperty().not().or(vm.busyProperty()));

        Label said = new Label();
        said.setId("newsroomSaid");
        said.setWrapText(true);
        said.textProperty().bind(vm.saidProperty());
        Label note = new Label(m.get("settings.newsroom.note"));
        note.setWrapText(true);
        return new VBox(10, standing, grid, new HBox(8, test, join, leave), said, note);
    }
}
