# Thin wrapper: `make` installs what is missing, builds, and exports every edition of every
# document into out/; `make test` does the same set-up and runs the whole suite.
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
CMAKE_FLAGS ?=
JOBS ?= 2

.PHONY: all deps fonts configure build export test clean

all: export

deps:
	@tools/install-deps

# Optional fonts the default download leaves out (fonts/README.md): Noto Sans TC, SC and JP from npm.
fonts: deps
	@tools/fetch-fonts --optional

configure: deps
	@cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) -j$(JOBS)

export: build
	@$(BUILD_DIR)/folio export -o out

test: build
	@ctest --test-dir $(BUILD_DIR) --output-on-failure -j$(JOBS)

clean:
	rm -rf $(BUILD_DIR) out
