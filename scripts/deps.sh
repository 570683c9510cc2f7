# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by scripts/run, test, bench, fuzz and check-fresh: installs the Debian/Ubuntu packages
# Tickerline needs. As root it runs apt-get; otherwise it prints the one apt-get line to run.
# tickerline_install_deps [EXTRA…] installs the list plus EXTRA when anything is missing and
# returns at once otherwise, so callers call it unconditionally: no test of its output in a pipe.

tickerline_packages=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6opengl6-dev libqt6svg6 qt6-qpa-plugins libxkbcommon-dev libgl-dev
  libsqlite3-dev libboost-date-time-dev libgumbo-dev libmd4c-dev libssl-dev libpq-dev
  libbenchmark-dev
  poppler-utils
  file ca-certificates
  dpkg-dev desktop-file-utils appstream shared-mime-info libglib2.0-bin man-db
  xvfb xauth fonts-dejavu-core fonts-noto-cjk
)

# Node.js and npm run the TimelineJS3 check: Debian's packages where the machine has neither
# command (a machine with another Node.js, which brings its own npm, keeps it: Debian's npm
# conflicts with it).
command -v node >/dev/null 2>&1 || tickerline_packages+=(nodejs)
command -v npm >/dev/null 2>&1 || tickerline_packages+=(npm)

# Prints the packages of the list (and of the arguments) that are not installed, one a line.
# dpkg-query's answer is read whole before it is compared: a pipe into `grep -q` would let grep
# close the pipe early, and under `set -o pipefail` the writer's SIGPIPE turns a match into a
# failure now and then.
tickerline_missing_packages() {
  local p status
  for p in "${tickerline_packages[@]}" "$@"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null) || status=
    [ "$status" = "install ok installed" ] || printf '%s\n' "$p"
  done
  return 0
}

tickerline_install_deps() {
  local missing
  mapfile -t missing < <(tickerline_missing_packages "$@")
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing: ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >&2 && apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
  else
    echo "Tickerline needs these packages. Run:" >&2
    echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    return 1
  fi
}
