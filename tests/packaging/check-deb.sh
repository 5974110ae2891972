#!/usr/bin/env bash
# usage: check-deb.sh BUILD_DIR OUT_DIR — builds the Debian package and checks its control data and contents.
set -euo pipefail
build=$1 out=$2
rm -rf "$out" && mkdir -p "$out"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; exit 1; }
deb=$(ls "$out"/*.deb)
info=$(dpkg-deb --info "$deb")
echo "$info"
fail() { echo "FAIL: $*"; exit 1; }
depends=$(echo "$info" | sed -n 's/^ Depends: //p')
[ -n "$depends" ] || fail "no Depends field"
for dep in libqt6widgets6 libqt6gui6 libqt6core6 qt6-qpa-plugins libqt6svg6; do
  echo "$depends" | grep -q "$dep" || fail "Depends lacks $dep"
done
contents=$(dpkg-deb --contents "$deb")
for path in ./usr/bin/meshscope ./usr/share/applications/io.meshscope.Meshscope.desktop \
            ./usr/share/metainfo/io.meshscope.Meshscope.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/io.meshscope.Meshscope.svg \
            ./usr/share/meshscope/translations/meshscope_de.qm; do
  echo "$contents" | grep -q " $path\$" || fail "package lacks $path"
done
echo "packaging check passed: $(basename "$deb")"
