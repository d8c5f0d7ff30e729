#!/usr/bin/env bash
# Builds Byline's app-image and, on a Debian-like machine with dpkg-deb and fakeroot, its .deb,
# from what `mvn -Ppackage package` copied into target/jpackage. Usage: packaging/jpackage.sh [--no-deb]
# (from Maven: mvn -Ppackage package -Dbyline.deb=false)
# Windows and macOS: see packaging/README.md for the same command on those machines.
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(sed -n 's:.*<version>\([0-9][0-9.]*\).*</version>.*:\1:p' pom.xml | head -1)
staging=target/jpackage
rm -rf "$staging/modules" "$staging/input" target/image
mkdir -p "$staging/modules" "$staging/input"

# JavaFX goes on the module path (jlink puts it into the runtime); everything else is class path.
for jar in "$staging"/libs/*.jar; do
  case "$(basename "$jar")" in
    javafx-*-linux.jar|javafx-*-win.jar|javafx-*-mac*.jar) cp "$jar" "$staging/modules/" ;;
    javafx-*.jar) ;;  # the empty platform-independent javafx jars
    *) cp "$jar" "$staging/input/" ;;
  esac
done
cp target/byline-*.jar "$staging/input/byline.jar"

common=(
  --name Byline
  --app-version "$version"
  --vendor "Byline"
  --description "바이라인: newsroom editor"
  --input "$staging/input"
  --main-jar byline.jar
  --main-class org.byline.app.Main
  --module-path "$staging/modules"
  # java.sql (SQLite), java.naming (Flyway), jdk.charsets (CP949/EUC-KR captions and imports), java.net.http (push),
  # java.security.jgss (the PostgreSQL driver of the newsroom server refers to GSSAPI; jdeps lists it)
  --add-modules javafx.controls,javafx.web,java.sql,java.management,java.desktop,jdk.unsupported,java.naming,jdk.crypto.ec,jdk.charsets,jdk.zipfs,java.net.http,java.security.jgss
  --jlink-options "--strip-debug --no-header-files --no-man-pages --strip-native-commands"
  --java-options "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED"
  --java-options "--add-exports=javafx.controls/com.sun.javafx.scene.control=ALL-UNNAMED"
  # the program's name for the desktop (app/DesktopName): the dock groups its window with the launcher
  --java-options "--add-exports=javafx.graphics/com.sun.glass.ui=ALL-UNNAMED"
  --java-options "-Dfile.encoding=UTF-8"
  # drawn by packaging/icons/draw.sh; the window uses the same set
  --icon src/main/resources/org/byline/ui/icons/byline-256.png
  --dest target/image
)

jpackage --type app-image "${common[@]}"
echo "app-image: target/image/Byline (launcher target/image/Byline/bin/Byline)"

if [ "${1:-}" = "--no-deb" ] || [ "${BYLINE_DEB:-true}" = "false" ]; then
  exit 0
fi
if ! command -v dpkg-deb >/dev/null || ! command -v fakeroot >/dev/null; then
  echo "no .deb: it needs dpkg-deb and fakeroot (Debian: apt-get install fakeroot)"
  exit 0
fi
# packaging/linux holds the desktop entry (Korean name 바이라인) that replaces jpackage's own
rm -f target/image/*.deb
jpackage --type deb "${common[@]}" \
  --linux-package-name byline \
  --linux-menu-group "Office" \
  --linux-shortcut \
  --linux-app-category "editors" \
  --linux-package-deps "libgtk-3-0, libxtst6" \
  --resource-dir packaging/linux
ls target/image/*.deb
