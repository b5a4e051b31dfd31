# Meeting Planner (会务筹备) — developer entry points. See README.md.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
BIN    := $(VENV)/bin
APP_STAMP  := $(VENV)/.installed-app
TEST_STAMP := $(VENV)/.installed-test
# Shared libraries Qt needs on a bare Debian/Ubuntu: offscreen (tests) needs the first line; a real window
# (make run) also needs the xcb platform plugin's libraries.
QT_APT_PACKAGES := libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3
XCB_APT_PACKAGES := libx11-xcb1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
	libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0 libxcb-sync1
# Tests: poppler-utils renders PDFs to PNG; the storage, service and concurrency tests also run on a throwaway
# PostgreSQL cluster (tests/pg_cluster.py).
APT_TEST_PACKAGES := poppler-utils postgresql
TS_FILES := $(wildcard meeting_planner/resources/i18n/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: run test lint typecheck pytest bench translations error-templates system-deps gui-system-deps test-system-deps package \
	screenshots clean

# The app alone (what make run needs) ...
$(APP_STAMP): pyproject.toml setup.py
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $(APP_STAMP)

# ... and the tools the tests, lint and benchmarks use.
$(TEST_STAMP): $(APP_STAMP)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(TEST_STAMP)

meeting_planner/resources/i18n/%.qm: meeting_planner/resources/i18n/%.ts $(APP_STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM_FILES)

## error-templates: put every error template (errors.Phrase) of the source into the .ts file, context Errors
error-templates: $(APP_STAMP)
	$(PY) packaging/error_templates.py

## run: create .venv, install the app (not the test tools) and the system libraries a window needs, open the app
run: gui-system-deps $(APP_STAMP) translations
	$(PY) -m meeting_planner

# apt_install(packages, required): install missing Debian packages as root; otherwise name them and stop
# (required=yes) or go on without them (required=no).
define apt_install
	@missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if ! command -v apt-get >/dev/null 2>&1; then \
	  echo "note: not a Debian-like system; make sure these are installed:$$missing"; exit 0; fi; \
	if [ "$$(id -u)" = "0" ]; then \
	  echo "installing:$$missing"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing) >/dev/null; \
	elif [ "$(2)" = "yes" ]; then \
	  echo "error: these packages are needed; run: sudo apt-get install$$missing" >&2; exit 1; \
	else \
	  echo "note: tests that need them are skipped; to run them: sudo apt-get install$$missing"; fi
endef

system-deps:
	$(call apt_install,$(QT_APT_PACKAGES),yes)

gui-system-deps:
	$(call apt_install,$(QT_APT_PACKAGES) $(XCB_APT_PACKAGES),yes)

## test-system-deps: PostgreSQL for the tests that run on both back ends (a throwaway cluster per run)
test-system-deps:
	$(call apt_install,$(APT_TEST_PACKAGES),no)

lint: $(TEST_STAMP)
	$(BIN)/ruff check meeting_planner tests bench packaging setup.py
	$(BIN)/ruff format --check meeting_planner tests bench packaging setup.py

typecheck: $(TEST_STAMP)
	$(BIN)/mypy

pytest: $(TEST_STAMP) translations system-deps test-system-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q -p no:cacheprovider

## test: install everything the tests need and run ruff, mypy and the whole pytest suite
test: system-deps test-system-deps $(TEST_STAMP) translations lint typecheck pytest

## bench: start-up, creation, import/export, seating and printout benchmarks
bench: $(TEST_STAMP) translations system-deps
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py $(ARGS)

clean:
	rm -rf build dist .mypy_cache .ruff_cache meeting_planner/resources/i18n/*.qm

## package: PyInstaller one-folder bundle in dist/meeting-planner, checked with --self-test
package: $(TEST_STAMP) translations system-deps
	$(PY) -m pip install --quiet -e '.[package,postgres]'
	PY=$(PY) packaging/build.sh

## screenshots: the README's screenshots of the real window (offscreen) into docs/screenshots/
screenshots: $(TEST_STAMP) translations system-deps
	QT_QPA_PLATFORM=offscreen $(PY) packaging/screenshots.py docs/screenshots
