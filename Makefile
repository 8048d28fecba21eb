# sekretariat — two commands: `make run` and `make test`.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE_BIN := .build/release/sekretariat
# SwiftPM adds -color-diagnostics to every compile when its output is a terminal,
# and that flag alone makes the terminal build and the piped build (CI, scripts)
# recompile everything in turn. Pinning it makes the two identical.
BUILD_FLAGS ?= --no-color-diagnostics

.PHONY: run test build release deps bench clean

## run: install what is missing, build a release binary, open the app on the default database.
run: deps release
	@$(RELEASE_BIN) $(ARGS)

## test: build everything and run every test, end-to-end tmux tests included.
## (XCTest only: Swift Testing would close the run with a misleading "0 tests" line.)
test: deps release
	SEKRETARIAT_BIN=$(CURDIR)/$(RELEASE_BIN) $(SWIFT) test $(BUILD_FLAGS) --disable-swift-testing

release:
	$(SWIFT) build $(BUILD_FLAGS) -c release --product sekretariat

build:
	$(SWIFT) build $(BUILD_FLAGS)

## deps: system packages, installed only when absent (fresh Debian machine).
deps:
	@missing=""; \
	[ -e /usr/include/ncursesw/curses.h ] || [ -e /usr/include/curses.h ] || missing="$$missing libncurses-dev"; \
	[ -e /usr/include/sqlite3.h ] || missing="$$missing libsqlite3-dev"; \
	command -v tmux >/dev/null 2>&1 || missing="$$missing tmux"; \
	/sbin/ldconfig -p 2>/dev/null | grep -q 'libxml2\.so\.2' || missing="$$missing libxml2"; \
	locale -a 2>/dev/null | grep -qi '^c.utf-\?8$$' || missing="$$missing locales"; \
	if [ -n "$$missing" ]; then \
		echo "Memasang paket yang belum ada:$$missing"; \
		$(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q $$missing; \
	fi
	@# Documents (issue 15): LibreOffice Writer makes the PDFs, poppler reads them back in the
	@# tests, Liberation Serif stands in for Times New Roman with the same metrics. Without
	@# recommends: the GUI, Java and the rest of the office suite are not needed.
	@missing=""; \
	command -v soffice >/dev/null 2>&1 || missing="$$missing libreoffice-writer-nogui"; \
	command -v pdftotext >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	fc-list 2>/dev/null | grep -q 'Liberation Serif' || missing="$$missing fonts-liberation2"; \
	if [ -n "$$missing" ]; then \
		echo "Memasang paket dokumen yang belum ada:$$missing"; \
		$(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $$missing; \
	fi

## bench: speed figures into BENCHMARKS.md (QUICK=1 for a short run).
bench: deps release
	QUICK=$(QUICK) SEKRETARIAT_BIN=$(CURDIR)/$(RELEASE_BIN) bash bench/run

clean:
	rm -rf .build
