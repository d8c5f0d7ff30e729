package org.byline.app;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives the running program the name its desktop entry expects (StartupWMClass=Byline in
 * packaging/linux/Byline.desktop), so a Linux dock shows the open window under the 바이라인
 * launcher instead of as a second, nameless "java". JavaFX names the program only when it is
 * started through Application.launch, which Byline does not use (the store opens while the
 * toolkit starts), and has no public API for it; this is the call launch makes.
 */
final class DesktopName {
    static final String NAME = "Byline";
    private static final Logger LOG = Logger.getLogger(DesktopName.class.getName());

    private DesktopName() {}

    /** On the FX thread, before the first window is made: windows take the name when they are. */
    static void claim() {
        try {
            com.sun.glass.ui.Application.GetApplication().setName(NAME);
        } catch (RuntimeException | LinkageError e) {
            // not exported to us (a runtime without the launcher's --add-exports): the dock says java
            LOG.log(Level.FINE, "cannot name the program for the desktop", e);
        }
    }
}
