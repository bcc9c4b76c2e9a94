# casevault: the two commands are `make run` and `make test`; both install what is missing first.
SHELL := /bin/bash
export PATH := $(HOME)/.local/bin:$(HOME)/.cargo/bin:$(PATH)
# Tesseract's OpenMP threads cost several times more than they give (docs/ocr.md): one per page.
export OMP_THREAD_LIMIT := 1
HOME_DIR ?= var
INBOX := $(HOME_DIR)/inbox/scanning-station
MAIL_INBOX := $(HOME_DIR)/inbox/email
BIN := target/debug/casevault

.PHONY: deps build run serve test check bench fuzz clean-var

deps:
	@bash .ci/install-deps.sh

build: deps
	cargo build --bin casevault

# The main job on the embedded default (local store + SQLite under ./var) on the sample scans.
# The sample is copied into an inbox first: the pipeline releases (deletes) originals it stored.
# The copies are dated an hour back, as a backlog that arrived earlier: a young file that does
# not end properly (the sample's truncated and empty files) would otherwise be left for its
# writer to finish (`unfinished_wait_ms`) instead of being judged now.
# Every command acts as a named user (README, "People and roles"). A new home's first command
# makes its first user from CASEVAULT_FIRST_USER: this login, as one person who is administrator,
# business services officer, service manager and records manager (a demo, not a role design).
run: export CASEVAULT_FIRST_USER = $(shell id -un):administrator,business-services,service-manager,records-manager
run: build
	@mkdir -p $(INBOX)
	@cp test-data/scans/* $(INBOX)/
	@touch -d '1 hour ago' $(INBOX)/*
	$(BIN) --home $(HOME_DIR) import-cases test-data/cases.csv
	$(BIN) --home $(HOME_DIR) run scanning-station --once --show-names --inbox $(INBOX)
	@echo "--- the e-mail drop folder (sample messages) ---"
	@mkdir -p $(MAIL_INBOX)
	@cp test-data/mail/*.eml $(MAIL_INBOX)/
	@touch -d '1 hour ago' $(MAIL_INBOX)/*
	$(BIN) --home $(HOME_DIR) run email-inbox --once --show-names --inbox $(MAIL_INBOX)
	@echo "--- the legacy shared drive (sample tree) ---"
	$(BIN) --home $(HOME_DIR) import-tree test-data/g-drive/tree --map pipelines/g-drive-mapping.toml
	@echo "--- the workspace ---"
	@echo "make serve   starts the web workspace on this home (http://127.0.0.1:8780/) and prints a password for $$(id -un)"

# The web workspace on the sample home made by `make run`: a fresh password for the first user is
# printed once (each `make serve` makes a new one), then the service runs until Ctrl-C.
serve: export CASEVAULT_FIRST_USER = $(shell id -un):administrator,business-services,service-manager,records-manager
serve: build
	@test -d $(HOME_DIR) || { echo "no sample home yet: run 'make run' first"; exit 1; }
	$(BIN) --home $(HOME_DIR) users passwd $$(id -un) --generate
	$(BIN) --home $(HOME_DIR) serve

# With the failpoints (src/failpoint.rs) compiled in: tests/failpoints.rs kills the binary at each.
test: deps
	cargo test --features failpoints

check:
	cargo fmt --check
	cargo clippy --all-targets --all-features -- -D warnings
	RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --quiet

# Benches measure, tests assert. The real-format bench (benches/real_formats.rs) also runs
# OCRmyPDF, which `make test` does not need: installed here only.
bench: deps
	@bash .ci/install-bench-deps.sh
	cargo bench

# Every decoder of untrusted input under at least 100,000 damaged inputs (tests/fuzz_*.rs;
# `make test` runs the same targets with 200 inputs each).
FUZZ_CASES ?= 100000
fuzz: deps
	CASEVAULT_FUZZ_CASES=$(FUZZ_CASES) cargo test --release --test 'fuzz_*' -- --test-threads=1 --nocapture

clean-var:
	rm -rf $(HOME_DIR)
