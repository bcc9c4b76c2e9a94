#!/usr/bin/env bash
# Installs what `make bench` needs beyond `make test` (benches/real_formats.rs compares casevault
# with OCRmyPDF): Ghostscript and qpdf from Debian, OCRmyPDF from PyPI in its own virtual
# environment (~/.local/share/casevault-bench/venv, linked as ~/.local/bin/ocrmypdf), so the
# system Python is left alone. Idempotent: nothing is fetched when everything is present.
# OCRmyPDF is pinned: 17.13.0 was checked against Debian 12's Ghostscript 10.0 and Tesseract 5.3.
set -euo pipefail

OCRMYPDF_VERSION=17.13.0
VENV="$HOME/.local/share/casevault-bench/venv"
LINK="$HOME/.local/bin/ocrmypdf"

apt_pkgs=(
  ghostscript                  # OCRmyPDF renders and (for PDF/A) rewrites with it
  qpdf                         # OCRmyPDF's PDF library (pikepdf) follows qpdf's checks
  tesseract-ocr tesseract-ocr-eng poppler-utils   # bare Tesseract, pdftoppm, pdftotext
  python3-venv                 # the virtual environment OCRmyPDF lives in
)
missing=()
for p in "${apt_pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ "$("$VENV/bin/ocrmypdf" --version 2>/dev/null || true)" != "$OCRMYPDF_VERSION" ]; then
  echo "installing OCRmyPDF $OCRMYPDF_VERSION from PyPI into $VENV"
  # Debian's own Python (python3-venv), whatever python3 comes first on PATH.
  PY=/usr/bin/python3; [ -x "$PY" ] || PY=python3
  "$PY" -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "ocrmypdf==$OCRMYPDF_VERSION"
fi
mkdir -p "$(dirname "$LINK")"
[ "$(readlink "$LINK" 2>/dev/null || true)" = "$VENV/bin/ocrmypdf" ] || ln -sf "$VENV/bin/ocrmypdf" "$LINK"
"$LINK" --version >/dev/null
