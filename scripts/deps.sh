# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by scripts/run and scripts/test: installs the Debian/Ubuntu packages Tickerline needs.
# As root it runs apt-get; otherwise it prints the one apt-get line to run.

tickerline_packages=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6opengl6-dev libqt6svg6 qt6-qpa-plugins libxkbcommon-dev libgl-dev
  libsqlite3-dev libboost-date-time-dev
  libbenchmark-dev
  xvfb xauth fonts-dejavu-core fonts-noto-cjk
)

tickerline_missing_packages() {
  local missing=() p
  for p in "${tickerline_packages[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -gt 0 ] && printf '%s\n' "${missing[@]}"
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
