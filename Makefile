# Thin wrapper: `make` installs what is missing, builds, and exports every edition of every
# document into out/; `make test` does the same set-up and runs the whole suite.
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
CMAKE_FLAGS ?=
JOBS ?= 2
# The test suite is built by `make test` only (it needs the test-only packages).
TESTS ?= OFF

.PHONY: all deps test-deps fonts configure build export test test-sanitizers test-threads fuzz package clean

all: export

# `make` installs what building and exporting need; `make test` adds the test-only tools.
deps:
	@tools/install-deps
test-deps:
	@tools/install-deps --test

# Optional fonts the default download leaves out (fonts/README.md): Noto Sans TC, SC and JP from npm.
fonts: deps
	@tools/fetch-fonts --optional

configure: deps
	@cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DFOLIO_TESTS=$(TESTS) $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) -j$(JOBS)

export: build
	@$(BUILD_DIR)/folio export -o out

test: TESTS = ON
test: test-deps build
	@ctest --test-dir $(BUILD_DIR) --output-on-failure -j$(JOBS)

# The suite again, built with AddressSanitizer and UndefinedBehaviorSanitizer (.ci/run runs it
# after `make test`; the schema and layering tests, which run no Folio code, are left out).
test-sanitizers: test-deps
	@cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFOLIO_SANITIZE=ON -DFOLIO_TESTS=ON $(CMAKE_FLAGS) >/dev/null
	@cmake --build build-asan -j$(JOBS)
	@ctest --test-dir build-asan --output-on-failure -j$(JOBS) -E '^(schema|layering)\.'

# The batch export's threads under ThreadSanitizer: the command-line tests that export with several
# threads (run by hand; not yet in .ci/run). tests/tsan-suppressions.txt says what is suppressed and why.
test-threads: test-deps
	@cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFOLIO_SANITIZE_THREADS=ON -DFOLIO_TESTS=ON $(CMAKE_FLAGS) >/dev/null
	@cmake --build build-tsan -j$(JOBS) --target cli_tests
	@TSAN_OPTIONS="suppressions=$(CURDIR)/tests/tsan-suppressions.txt halt_on_error=1" \
	  ctest --test-dir build-tsan --output-on-failure -j$(JOBS) -R '^batch_export\.'

# libFuzzer builds of the fuzz targets (clang; docs/robustness.md says how to run them).
fuzz:
	@tools/install-deps --fuzz
	@CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFOLIO_FUZZ=ON >/dev/null
	@cmake --build build-fuzz -j$(JOBS)

# A Debian package (build/folio_<version>_<arch>.deb) of the executable and its data.
package: build
	@cd $(BUILD_DIR) && cpack -G DEB >/dev/null && ls $(CURDIR)/$(BUILD_DIR)/folio_*.deb

clean:
	rm -rf $(BUILD_DIR) build-asan build-fuzz out
