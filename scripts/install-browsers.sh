#!/usr/bin/env bash
# Installs Debian's browsers for the tests and screenshots when they are missing: Chromium,
# Firefox ESR, WebKitGTK's WebDriver (with MiniBrowser), Xvfb for WebKit, and Noto fonts that
# shape Kurdish and Arabic letters. Nothing is downloaded from elsewhere. Needs root (or sudo).
set -euo pipefail

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/firefox-esr ] || need+=(firefox-esr)
[ -x /usr/bin/WebKitWebDriver ] || need+=(webkit2gtk-driver)
[ -x /usr/bin/xvfb-run ] || need+=(xvfb)
command -v xauth >/dev/null || need+=(xauth)
[ -d /usr/share/fonts/truetype/noto ] || need+=(fonts-noto-core)

if [ ${#need[@]} -eq 0 ]; then
  echo "Browsers present: chromium, firefox-esr, WebKitWebDriver, xvfb-run."
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Missing: ${need[*]}. Install them as root: apt-get install ${need[*]}" >&2; exit 1; }
  sudo="sudo"
fi
echo "Installing from Debian: ${need[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
echo "Installed: ${need[*]}"
