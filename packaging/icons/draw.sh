#!/usr/bin/env bash
# Draws Byline's icon set from one 1024-pixel master, so every size is sharp: the PNGs the
# window and the Linux package use, a Windows .ico and a macOS .icns. Needs ImageMagick 6
# (Debian's imagemagick) and the DejaVu fonts. The results are committed; run this again only
# when the mark changes.
set -euo pipefail
cd "$(dirname "$0")/../.."
convert=$(command -v convert-im6.q16 || command -v convert)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The mark: a navy square, a white B, and the red rule under it that a byline sits on.
"$convert" -size 1024x1024 xc:'#1f3a68' \
  -font DejaVu-Sans-Bold -pointsize 600 -fill white -gravity center -annotate +0-40 'B' \
  -fill '#c8102e' -draw 'rectangle 160,836 864,884' \
  -strip "$work/master.png"

window=src/main/resources/org/byline/ui/icons
mkdir -p "$window" packaging/windows packaging/macos
for size in 16 24 32 48 64 128 256 512; do
  "$convert" "$work/master.png" -filter Lanczos -resize ${size}x${size} -depth 8 -strip "PNG32:$window/byline-$size.png"
done

"$convert" "$window/byline-16.png" "$window/byline-24.png" "$window/byline-32.png" "$window/byline-48.png" \
  "$window/byline-64.png" "$window/byline-128.png" "$window/byline-256.png" packaging/windows/byline.ico

# .icns: the 'icns' header, then one PNG per entry (type, length including the 8-byte entry header)
"$convert" "$work/master.png" -depth 8 -strip "PNG32:$work/byline-1024.png"
be32() { printf '%08x' "$1" | sed 's/../\\x&/g' | xargs -0 printf; }
entries=(icp4:16 icp5:32 icp6:64 ic07:128 ic08:256 ic09:512)
{
  for entry in "${entries[@]}"; do
    type=${entry%%:*} size=${entry##*:}
    file="$window/byline-$size.png"
    printf '%s' "$type"; be32 $(( $(stat -c %s "$file") + 8 )); cat "$file"
  done
  printf 'ic10'; be32 $(( $(stat -c %s "$work/byline-1024.png") + 8 )); cat "$work/byline-1024.png"
} > "$work/body"
{ printf 'icns'; be32 $(( $(stat -c %s "$work/body") + 8 )); cat "$work/body"; } > packaging/macos/byline.icns
echo "icons written: $window, packaging/windows/byline.ico, packaging/macos/byline.icns"
