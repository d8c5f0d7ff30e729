package org.byline.ui.photos;

import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.byline.domain.PhotoDetails;
import org.byline.i18n.Messages;
import org.byline.ui.photos.PhotoStripViewModel.Item;

/**
 * The photo strip under the editor: thumbnails in order (drag to reorder), the chosen photo's
 * caption, credit and alt text, and the ways in: a file chooser, dropping files, pasting.
 */
public final class PhotoStripView extends VBox {
    private static final String DRAG_PREFIX = "byline-photo:";
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);

    private final PhotoStripViewModel vm;
    private final Messages m;
    private final HBox tiles = new HBox(8);
    private final TextField caption = new TextField();
    private boolean filling; // true while the fields show a photo's stored details, not typing
    private final TextField credit = new TextField();
    private final TextField alt = new TextField();

    public PhotoStripView(PhotoStripViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        setId("photoStrip");
        getStyleClass().add("photo-strip");
        setSpacing(6);

        Button add = new Button(m.get("strip.add"));
        add.setId("addPhotos");
        add.setOnAction(e -> choose());
        add.setMinWidth(Button.USE_PREF_SIZE);
        ProgressBar progress = new ProgressBar();
        progress.setId("photoProgress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label hint = new Label();
        hint.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.items().isEmpty()
                                ? m.get("strip.none") + " · " + m.get("strip.hint")
                                : m.get("strip.hint"),
                        vm.items()));
        hint.getStyleClass().add("hint");
        Label problem = new Label();
        problem.setId("photoProblem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        HBox bar = new HBox(8, add, progress, hint);
        bar.setAlignment(Pos.CENTER_LEFT);

        tiles.setId("photoTiles");
        tiles.setPadding(new Insets(4));
        tiles.setAlignment(Pos.CENTER_LEFT);
        ScrollPane scroller = new ScrollPane(tiles);
        scroller.setFitToHeight(true);
        scroller.setPrefViewportHeight(112);
        scroller.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);

        // an article without photos keeps the strip to one line: the body gets the room
        scroller.visibleProperty().bind(Bindings.isNotEmpty(vm.items()));
        scroller.managedProperty().bind(scroller.visibleProperty());
        GridPane details = details();
        details.visibleProperty().bind(vm.selectedProperty().isNotNull());
        details.managedProperty().bind(details.visibleProperty());
        getChildren().addAll(bar, problem, scroller, details);

        vm.items().addListener((ListChangeListener<Item>) c -> rebuild());
        vm.selectedProperty().addListener((o, a, b) -> {
            rebuild();
            if (a != null && b != null && a.photo().id() == b.photo().id() && typing()) {
                return; // the same photo read back after a save: what is being typed stays as it is
            }
            vm.saveTyped();
            fill(b);
        });
        acceptDroppedFiles(this, vm);
        setOnKeyPressed(e -> {
            if (PASTE.match(e)) {
                paste();
                e.consume();
            }
        });
        rebuild();
        fill(null);
    }

    /** Files dropped anywhere on {@code target} (the editor, the strip) are attached. */
    public static void acceptDroppedFiles(Node target, PhotoStripViewModel vm) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            Dragboard db = e.getDragboard();
            if (db.hasFiles()) {
                vm.attach(db.getFiles().stream().map(File::toPath).toList());
                e.setDropCompleted(true);
                e.consume();
            }
        });
    }

    /** Pastes image files or a copied picture from the clipboard; returns false when it holds neither. */
    public boolean paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        var files = ClipboardImages.files(clipboard);
        if (files.isPresent()) {
            vm.attach(files.get());
            return true;
        }
        var picture = ClipboardImages.picture(clipboard);
        picture.ifPresent(vm::attachPicture);
        return picture.isPresent();
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("app.title") + " - " + m.get("strip.add"));
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(
                        m.get("strip.images"), "*.jpg", "*.jpeg", "*.png", "*.JPG", "*.JPEG", "*.PNG"));
        List<File> files = chooser.showOpenMultipleDialog(
                getScene() == null ? null : getScene().getWindow());
        if (files != null) {
            vm.attach(files.stream().map(File::toPath).toList());
        }
    }

    private GridPane details() {
        caption.setId("photoCaption");
        caption.setPromptText(m.get("strip.caption"));
        credit.setId("photoCredit");
        credit.setPromptText(m.get("strip.credit.prompt"));
        alt.setId("photoAlt");
        alt.setPromptText(m.get("strip.alt"));
        for (TextField f : List.of(caption, credit, alt)) {
            f.textProperty().addListener((o, a, b) -> {
                Item item = vm.selectedProperty().get();
                if (!filling && item != null) {
                    vm.typed(item, new PhotoDetails(caption.getText(), credit.getText(), alt.getText()));
                }
            });
            f.setOnAction(e -> commit());
            f.focusedProperty().addListener((o, was, is) -> {
                if (!is) {
                    commit();
                }
            });
        }
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        grid.add(label(m.get("strip.caption")), 0, 0);
        grid.add(caption, 1, 0, 3, 1);
        grid.add(label(m.get("strip.credit")), 0, 1);
        grid.add(credit, 1, 1);
        grid.add(label(m.get("strip.alt")), 2, 1);
        grid.add(alt, 3, 1);
        GridPane.setHgrow(caption, Priority.ALWAYS);
        GridPane.setHgrow(credit, Priority.ALWAYS);
        GridPane.setHgrow(alt, Priority.ALWAYS);
        return grid;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Label.USE_PREF_SIZE); // never "대체 텍..."
        return label;
    }

    private void commit() {
        Item item = vm.selectedProperty().get();
        if (item != null) {
            vm.describe(item, new PhotoDetails(caption.getText(), credit.getText(), alt.getText()));
        }
    }

    private void fill(Item item) {
        filling = true;
        try {
            caption.setText(item == null ? "" : item.photo().caption());
            credit.setText(item == null ? "" : item.photo().credit());
            alt.setText(item == null ? "" : item.photo().alt());
        } finally {
            filling = false;
        }
    }

    private boolean typing() {
        return caption.isFocused() || credit.isFocused() || alt.isFocused();
    }

    private void rebuild() {
        tiles.getChildren().clear();
        List<Item> items = vm.items();
        for (int i = 0; i < items.size(); i++) {
            tiles.getChildren().add(tile(items.get(i), i));
        }
    }

    private Node tile(Item item, int index) {
        ImageView image = new ImageView(new Image(item.thumbnailUrl(), 132, 88, true, true, true));
        image.setFitWidth(132);
        image.setFitHeight(88);
        image.setPreserveRatio(true);
        StackPane frame = new StackPane(image);
        frame.setPrefSize(136, 92);
        Label number = new Label(m.get("strip.number", item.photo().position()));
        number.getStyleClass().add("photo-number");
        StackPane.setAlignment(number, Pos.TOP_LEFT);
        frame.getChildren().add(number);
        if (item.photo().lead()) {
            Label lead = new Label(m.get("strip.lead"));
            lead.getStyleClass().add("lead-badge");
            StackPane.setAlignment(lead, Pos.BOTTOM_LEFT);
            frame.getChildren().add(lead);
        }
        VBox tile = new VBox(frame);
        tile.setId("photo-" + item.photo().position());
        tile.getStyleClass().add("photo-tile");
        if (vm.selectedProperty().get() != null
                && vm.selectedProperty().get().photo().id() == item.photo().id()) {
            tile.getStyleClass().add("selected");
        }
        tile.setAccessibleText(m.get("strip.number", item.photo().position()) + " "
                + item.photo().caption());
        tile.setOnMouseClicked(e -> vm.selectedProperty().set(item));

        MenuItem lead = new MenuItem(m.get("strip.makeLead"));
        lead.setOnAction(e -> vm.makeLead(item));
        MenuItem remove = new MenuItem(m.get("strip.remove"));
        remove.setOnAction(e -> vm.remove(item));
        ContextMenu menu = new ContextMenu(lead, remove);
        tile.setOnContextMenuRequested(e -> menu.show(tile, e.getScreenX(), e.getScreenY()));

        tile.setOnDragDetected(e -> {
            Dragboard db = tile.startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.putString(DRAG_PREFIX + item.photo().id());
            db.setContent(content);
            e.consume();
        });
        tile.setOnDragOver(e -> {
            if (e.getDragboard().hasString() && e.getDragboard().getString().startsWith(DRAG_PREFIX)) {
                e.acceptTransferModes(TransferMode.MOVE);
                e.consume();
            }
        });
        tile.setOnDragDropped(e -> {
            String dragged = e.getDragboard().getString();
            if (dragged != null && dragged.startsWith(DRAG_PREFIX)) {
                long id = Long.parseLong(dragged.substring(DRAG_PREFIX.length()));
                vm.items().stream()
                        .filter(i -> i.photo().id() == id)
                        .findFirst()
                        .ifPresent(i -> vm.move(i, index));
                e.setDropCompleted(true);
                e.consume();
            }
        });
        return tile;
    }
}
