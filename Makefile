# dyad: `make demo` sets everything up and codes the example articles; `make test` runs the tests.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
DYAD := $(VENV)/bin/dyad
SHARED ?= ../shared
SEED := $(SHARED)/data/seed/abm_2001.txt
DB ?= dyad.duckdb
SIZES ?= 1000
GROWTH ?= 10000

.PHONY: install demo test lint accuracy bench fuzz clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[dev]'
	@touch $@

demo: install
	rm -f $(DB) $(DB).wal
	$(DYAD) ingest examples/articles.jsonl --db $(DB)
	@if [ -f $(SEED) ]; then $(DYAD) ingest $(SEED) --published 2001-07-23 --db $(DB); \
	else echo "($(SEED) is absent: coding the bundled examples only)"; fi
	@echo; echo "== actors =="; $(DYAD) actors --db $(DB) --limit 25
	@echo; echo "== events =="; $(DYAD) events --db $(DB) --limit 40
	@echo; echo "== quotes =="; $(DYAD) quotes --db $(DB) --limit 20

test: install lint
	$(PY) -m pytest -q

lint: install
	$(VENV)/bin/ruff check src tests benchmarks fuzz

accuracy: install
	$(PY) benchmarks/accuracy.py --shared $(SHARED) --out docs/accuracy.md

clean:
	rm -rf $(VENV) $(DB) $(DB).wal .pytest_cache .ruff_cache

bench: install
	$(PY) benchmarks/speed.py --shared $(SHARED) --sizes $(SIZES) --growth $(GROWTH) --out docs/performance.md

FUZZ_RUNS ?= 100000
FUZZ_SECONDS ?= 120
# atheris over the readers, then every property test with the "fuzz" hypothesis profile (2,000 examples each)
fuzz: install
	$(PY) fuzz/fuzz_readers.py -runs=$(FUZZ_RUNS) -max_total_time=$(FUZZ_SECONDS) -max_len=4096 -print_final_stats=1
	$(PY) -m pytest -q --hypothesis-profile=fuzz --hypothesis-show-statistics $(shell grep -l "@given" -r tests)
