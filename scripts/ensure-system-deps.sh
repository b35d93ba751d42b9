#!/usr/bin/env bash
# Installs what the tests need from the system when it is missing, so that a fresh machine passes:
# Debian's Chromium for the e2e tests and benchmarks, LibreOffice (headless Writer) to check that exported
# Word files open and convert, and poppler-utils to read the PDFs it makes.
# Tools never download browsers of their own.
set -euo pipefail

missing=()
[[ -x "${HANDBOK_CHROMIUM:-/usr/bin/chromium}" ]] || missing+=(chromium)
command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
# `ensure-system-deps.sh bench`: the benchmarks also need pandoc, the reference of the Word export.
if [[ "${1:-}" == bench ]]; then command -v pandoc >/dev/null || missing+=(pandoc); fi

if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "Installing system packages for the tests: ${missing[*]}"
if [[ $(id -u) -ne 0 ]]; then
  SUDO=sudo
else
  SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "Installed: ${missing[*]}"
