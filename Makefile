# Janadhar: the two commands of the README's Quick start, and a few more.
#   make demo   install what is missing, build, import the shipped data, show it
#   make test   install what is missing, build, run every test
BUILD ?= build
BUILD_TYPE ?= RelWithDebInfo
CMAKE_FLAGS ?=

.PHONY: all deps deps-test configure build demo test screenshots clean bench-ingest bench-grade bench-forecast \
	bench-seat-share bench-org bench-comms bench-serve fuzz format

all: build

deps:
	@scripts/install-deps.sh

# the tests also need Chromium and node for the web UI's browser test
deps-test:
	@scripts/install-deps.sh --browser

$(BUILD)/build.ninja:
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS)

configure: deps $(BUILD)/build.ninja

build: configure
	cmake --build $(BUILD)

demo: build
	$(BUILD)/janadhar demo

test: deps-test build
	cd $(BUILD) && ctest --output-on-failure -j2

# the browser test's screenshots of the main pages, into docs/screenshots
screenshots: build
	src/web/browser/run.sh $(CURDIR)/$(BUILD)/janadhar $(CURDIR) $(CURDIR)/$(BUILD) $(CURDIR)/docs/screenshots

bench-ingest: build
	bench/ingest

bench-grade: build
	bench/grade --binary-dir $(BUILD)

bench-forecast: build
	bench/forecast --binary $(BUILD)/janadhar

bench-seat-share: build
	bench/seat_share --binary $(BUILD)/janadhar

# BENCH_ORG_DB=FILE: a store with UP's synthetic organisation (else one is built)
bench-org: build
	bench/org --binary $(BUILD)/janadhar $(if $(BENCH_ORG_DB),--db $(BENCH_ORG_DB))

# BENCH_ORG_DB=FILE as for bench-org (only read: the benchmark works on copies)
bench-comms: build
	bench/comms --binary $(BUILD)/janadhar $(if $(BENCH_ORG_DB),--db $(BENCH_ORG_DB))

# needs wrk (apt-get install wrk)
bench-serve: build
	bench/serve --binary $(BUILD)/janadhar

fuzz:
	scripts/fuzz.sh $(FUZZ_SECONDS)

format:
	clang-format -i $$(git ls-files 'src/*.cpp' 'src/*.h')

clean:
	rm -rf $(BUILD)
