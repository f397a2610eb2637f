# belong-desktop — `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
CORE_VENV := .venv-core
BIN := $(VENV)/bin
# System packages the tests need (Debian/Ubuntu names); installed by `make system-deps`
# when running as root, otherwise listed so you can install them yourself.
SYSTEM_PACKAGES := ffmpeg espeak-ng fonts-dejavu-core poppler-utils libegl1 libgl1 libxkbcommon0 \
	libfontconfig1 libdbus-1-3 libglib2.0-0 \
	libvlc5 vlc-plugin-base vlc-plugin-video-output chromium chromium-driver \
	xvfb xauth x11-xserver-utils libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 \
	libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 \
	age
# Node.js and npm for axe-core: Debian's packages, unless a `node` and `npm` are already on
# the PATH (e.g. NodeSource's nodejs, which bundles npm and conflicts with Debian's npm).
NODE_PACKAGES := nodejs npm
# axe-core (the accessibility rules the browser tests run) from the npm registry, into a
# folder the tests own; `make test` installs it.
AXE_DIR := build/axe
AXE := $(AXE_DIR)/node_modules/axe-core/axe.min.js

.DEFAULT_GOAL := help
.PHONY: help run demo venv system-deps axe lint format test test-core test-fast bench videos subtitles translations clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $@

venv: $(VENV)/.installed ## Create .venv and install the project with its dev tools

run: $(VENV)/.installed ## Start the app (the headless rehearsal where there is no display)
	$(BIN)/belong-desktop

demo: $(VENV)/.installed ## Rehearse a whole session headless at 60x speed
	$(BIN)/belong-desktop demo --speed 60

system-deps: ## Install the system packages the tests need (apt, as root)
	@missing=$$(for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done; \
		command -v node >/dev/null && command -v npm >/dev/null || echo $(NODE_PACKAGES)); \
	if [ -z "$$missing" ]; then echo "system packages: all present"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "installing: $$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	else echo "Please install these system packages first: $$missing"; exit 1; fi

$(AXE):
	@if command -v npm >/dev/null; then \
		npm install --prefix $(AXE_DIR) --no-audit --no-fund --no-save --loglevel=error axe-core@4; \
	else echo "npm is not installed: the axe-core accessibility tests will be skipped (apt-get install nodejs npm)"; fi

axe: $(AXE) ## Install axe-core 4 from the npm registry into build/axe (the accessibility tests)

lint: $(VENV)/.installed ## ruff (lint + format check), mypy, import contracts, compiled translations
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/python tools/translations.py check

format: $(VENV)/.installed ## Format and auto-fix with ruff
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

$(CORE_VENV)/.installed: pyproject.toml
	@test -x $(CORE_VENV)/bin/python || $(PYTHON) -m venv $(CORE_VENV)
	$(CORE_VENV)/bin/python -m pip install --quiet "pytest>=8,<10" "pytest-timeout>=2.3,<3" "PyYAML>=6,<7"
	@touch $@

test-core: $(CORE_VENV)/.installed ## The core's tests in a venv without PySide6, SQLAlchemy or FastAPI
	@! $(CORE_VENV)/bin/python -c "import PySide6" 2>/dev/null || { echo "PySide6 must not be in $(CORE_VENV)"; exit 1; }
	cd tests/core && PYTHONPATH=$(CURDIR) ../../$(CORE_VENV)/bin/python -m pytest -c pytest-core.ini -q

# The suite runs in one worker process per core, at most 4 (each may drive Chromium, a
# server and subprocesses); a whole test file stays in one worker, so its fixtures are
# built once. Much of the suite waits (a page's draft timer, a subprocess starting), so
# two workers on a 2-core machine take about 40 % off. `make test WORKERS=0`: one process.
WORKERS ?= auto
PYTEST_WORKERS = $(if $(filter 0,$(WORKERS)),,-n $(WORKERS) --maxprocesses 4 --dist loadfile)

test: system-deps axe lint test-core ## Everything CI runs: system packages, lint, core tests, the whole suite
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m "not long" $(PYTEST_WORKERS)

test-fast: $(VENV)/.installed ## The suite without tests marked slow (WORKERS=0: one process)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m "not slow and not long" $(PYTEST_WORKERS)

# `make bench RUNS=5`, `make bench QUICK=1` (one short pass), `make bench STRICT=1` (exit 1
# on a missed target; by default a missed timing target is reported, not fatal),
# `make bench NOTE="..."` (a sentence for the page: where, when, why).
RUNS ?= 3
bench: $(VENV)/.installed ## Run the benchmarks, write docs/benchmarks.md (QUICK=1, STRICT=1, RUNS=n)
	$(BIN)/python benchmarks/run_all.py --runs $(RUNS) $(if $(QUICK),--quick) $(if $(STRICT),--strict) \
		$(if $(NOTE),--note "$(NOTE)")

translations: $(VENV)/.installed ## Update assets/translations/*.ts from the code (lupdate), compile the .qm (lrelease)
	$(BIN)/python tools/translations.py update
	$(BIN)/python tools/translations.py release

videos: ## Rebuild the peer videos and subtitles in assets/videos (ffmpeg, espeak-ng)
	$(PYTHON) tools/make_videos.py --out assets/videos

subtitles: ## Rewrite only the videos' subtitles (every language), keeping the recorded videos
	$(PYTHON) tools/make_videos.py --out assets/videos --subtitles-only

clean: ## Remove virtual environments and caches
	rm -rf $(VENV) $(CORE_VENV) .pytest_cache .mypy_cache .ruff_cache build *.egg-info
