#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check-package.sh BUILD_DIR VERSION APP_ID SOURCE_DIR
# Builds the Debian package with cpack from a build tree, extracts it into a scratch root and checks
# what a user gets: the control fields, every file, the desktop file, the AppStream metainfo, the
# MIME type, the man page against the binary's own --help, and the extracted binary at work.
set -euo pipefail

build=$1 version=$2 id=$3 source_dir=$4
arch=$(dpkg --print-architecture)
scratch=$(mktemp -d "${TMPDIR:-/tmp}/tickerline-package.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
failures=0

fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}
pass() { echo "ok: $*"; }
# verify WHAT COMMAND...: COMMAND succeeds.
verify() {
  local what=$1
  shift
  if "$@"; then pass "$what"; else fail "$what"; fi
}
# expect WHAT TEXT PATTERN: the fixed string PATTERN is in TEXT.
expect() {
  if grep -qF -- "$3" <<<"$2"; then pass "$1"; else fail "$1: no \"$3\""; fi
}

for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli update-mime-database gio man; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (scripts/deps.sh installs it)" >&2; exit 1; }
done

# 1. The package, built as a user builds it.
(cd "$scratch" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1) || {
  cat "$scratch/cpack.log" >&2
  echo "FAIL: cpack" >&2
  exit 1
}
deb=$scratch/out/tickerline_${version}_${arch}.deb
[ -f "$deb" ] || { ls -l "$scratch/out" >&2; echo "FAIL: no $(basename "$deb")" >&2; exit 1; }
pass "cpack made $(basename "$deb")"

# 2. Control fields.
info=$(dpkg-deb --info "$deb")
expect "Package" "$info" " Package: tickerline"
expect "Version" "$info" " Version: $version"
expect "Architecture" "$info" " Architecture: $arch"
expect "Section" "$info" " Section: science"
expect "Maintainer" "$info" " Maintainer: "
expect "Homepage" "$info" " Homepage: https://"
expect "Description" "$info" " Description: Events, prices and sources of technology-market episodes"
expect "long description" "$info" "  Tickerline is a desktop application for analysts"
expect "Recommends" "$info" "fonts-noto-cjk"
# dpkg-shlibdeps found the libraries the binary links.
for library in libqt6core6 libqt6gui6 libqt6widgets6 libqt6charts6 libqt6svg6 libsqlite3-0; do
  depends=$(dpkg-deb --field "$deb" Depends)
  expect "Depends on $library" "$depends" "$library"
done

# 3. Every file.
contents=$(dpkg-deb --contents "$deb")
for file in usr/bin/tickerline \
  "usr/share/applications/$id.desktop" \
  "usr/share/metainfo/$id.metainfo.xml" \
  "usr/share/icons/hicolor/scalable/apps/$id.svg" \
  usr/share/man/man1/tickerline.1.gz \
  "usr/share/mime/packages/$id.xml" \
  usr/share/doc/tickerline/copyright \
  usr/share/doc/tickerline/changelog.gz; do
  expect "contains /$file" "$contents" " ./$file"
done

root=$scratch/root
dpkg -x "$deb" "$root"
share=$root/usr/share
binary=$root/usr/bin/tickerline

# 4. The desktop file.
desktop=$share/applications/$id.desktop
if out=$(desktop-file-validate "$desktop" 2>&1) && [ -z "$out" ]; then pass "desktop-file-validate"; else
  fail "desktop-file-validate: $out"; fi
entry=$(cat "$desktop")
for line in "Exec=tickerline %f" "Icon=$id" "MimeType=application/x-tickerline;" "Categories=Office;Finance;" \
  "GenericName=" "Comment=" "Keywords=" "Name[zh_CN]=" "Name[de]=" "Name[ja]=" "Comment[zh_CN]=" "Comment[de]=" \
  "Comment[ja]="; do
  expect "desktop file: $line" "$entry" "$line"
done

# 5. The AppStream metainfo: no errors, no warnings (pedantic notes are printed, not counted).
metainfo=$share/metainfo/$id.metainfo.xml
validation=$(appstreamcli validate --no-net --pedantic "$metainfo" 2>&1) || true
echo "$validation"
if grep -q '^[EW]:' <<<"$validation" || ! grep -q 'Validation was successful' <<<"$validation"; then
  fail "appstreamcli validate"
else
  pass "appstreamcli validate"
fi
meta=$(cat "$metainfo")
for element in "<id>$id</id>" "<launchable type=\"desktop-id\">$id.desktop</launchable>" \
  "<project_license>GPL-3.0-or-later</project_license>" "<metadata_license>" "<developer_name>" \
  "<content_rating type=\"oars-1.1\"" "<mediatype>application/x-tickerline</mediatype>" \
  "<release version=\"$version\"" "/v$version/resources/screenshots/main-window.png</image>"; do
  expect "metainfo: $element" "$meta" "$element"
done
# The screenshots it names are in the repository under that name.
while read -r shot; do
  verify "screenshot $shot is in the repository" test -f "$source_dir/$shot"
done < <(grep -o 'resources/screenshots/[a-z-]*\.png' "$metainfo")

# 6. The MIME type: a SQLite file named *.tickerline is ours, any other SQLite file is not.
mkdir -p "$scratch/mime/mime/packages"
cp "$share/mime/packages/$id.xml" /usr/share/mime/packages/freedesktop.org.xml "$scratch/mime/mime/packages/"
update-mime-database "$scratch/mime/mime" >"$scratch/mime.log" 2>&1 || fail "update-mime-database: $(cat "$scratch/mime.log")"
db=$scratch/x.tickerline
"$binary" --db "$db" event add --title "Packaged selloff" --start 2025-01-27 --kind market --symbol NVDA \
  >"$scratch/uid" || fail "event add"
cp "$db" "$scratch/other.sqlite"
mime_of() { XDG_DATA_HOME=$scratch/mime XDG_DATA_DIRS=$scratch/none gio info -a standard::content-type "$1" |
  sed -n 's/.*standard::content-type: //p'; }
verify "x.tickerline is application/x-tickerline ($(mime_of "$db"))" \
  test "$(mime_of "$db")" = application/x-tickerline
verify "other.sqlite stays application/vnd.sqlite3 ($(mime_of "$scratch/other.sqlite"))" \
  test "$(mime_of "$scratch/other.sqlite")" = application/vnd.sqlite3

# 7. The icon is an SVG of the name the desktop file and the metainfo give.
verify "icon is SVG" grep -q '<svg ' "$share/icons/hicolor/scalable/apps/$id.svg"

# 8. The man page: every subcommand of the binary's --help has its section, every option is named,
#    and man renders it without a warning.
page=$share/man/man1/tickerline.1.gz
roff=$(zcat "$page")
help=$("$binary" --help)
commands=$(sed -n 's/^  tickerline \(\[--db FILE\] \)\{0,1\}\([a-z][a-z]*\).*/\2/p' <<<"$help" | sort -u)
[ "$(wc -w <<<"$commands")" -ge 12 ] || fail "too few subcommands in --help: $commands"
for command in $commands; do
  verify "man page has a section for $command" grep -qx "\.SS $command" <<<"$roff"
done
while read -r option; do
  expect "man page: $option" "$roff" "${option//-/\\-}"
done < <(grep -o -- '--[a-z][a-z-]*' <<<"$help" | sort -u)
warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null) || fail "man -l"
verify "man renders without warnings${warnings:+: $warnings}" test -z "$warnings"

# 9. The copyright file is machine-readable and names the licence, whose text is the system's.
copyright=$(cat "$share/doc/tickerline/copyright")
expect "copyright: format" "$copyright" "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
expect "copyright: licence" "$copyright" "License: GPL-3.0-or-later"
expect "copyright: licence text" "$copyright" "/usr/share/common-licenses/GPL-3"
verify "the GPL-3 text is on the system" test -f /usr/share/common-licenses/GPL-3
# The changelog's newest entry is this version's.
zcat "$share/doc/tickerline/changelog.gz" >"$scratch/changelog"
verify "changelog entry for $version" test "$(dpkg-parsechangelog -l "$scratch/changelog" -S Version)" = "$version"

# 10. The extracted binary at work, with no file of the build tree: its own run path is gone.
if readelf -d "$binary" | grep -qE 'R(UN)?PATH'; then fail "the binary keeps a run path"; else pass "no run path"; fi
uid=$(cat "$scratch/uid")
events=$("$binary" --db "$db" events)
expect "events lists the added event" "$events" "Packaged selloff  [$uid]"
expect "events gives its kind" "$events" "market"
json=$("$binary" --db "$db" events --json)
expect "events --json names its symbol" "$json" '"NVDA"'
# Without --db, the bundled episode is compiled in: the default database is made from it.
bundled=$(HOME=$scratch/home XDG_DATA_HOME=$scratch/home/data "$binary" events --kind release)
expect "the bundled episode" "$bundled" "DeepSeek releases R1"
verify "--version: $("$binary" --version)" test "$("$binary" --version)" = "tickerline $version"
# The translations are compiled in, where installTranslations loads them (:/i18n).
if LC_ALL=C grep -qaP 't\x00i\x00c\x00k\x00e\x00r\x00l\x00i\x00n\x00e\x00_\x00z\x00h\x00_\x00C\x00N' "$binary"; then
  pass "zh_CN translation compiled in"
else
  fail "no zh_CN translation in the binary"
fi

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed" >&2
  exit 1
fi
echo "package checks passed: $(basename "$deb")"
