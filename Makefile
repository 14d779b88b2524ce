# Build and install folio with its resource bundles, man page and shell completions.
#
#   make install                      # into /usr/local (may need sudo)
#   make install PREFIX=$HOME/.local  # into your home folder; put $HOME/.local/bin on the PATH
#   make uninstall PREFIX=…
#
# Layout: PREFIX/lib/folio/ holds the binaries (folio, and folio-serve that `folio serve` runs) and their folio_*.resources bundles (templates, the
# skill catalog), PREFIX/bin/folio is a symbolic link to it; the man page goes to
# PREFIX/share/man/man1/folio.1, completions to bash-completion's, zsh's and fish's folders;
# README.md, docs/format.md and docs/rules.md to PREFIX/share/doc/folio/ and Examples/ to
# PREFIX/share/doc/folio/examples/ (Debian's and the FHS's place for a package's documentation and
# examples), where folio's messages point an installed folio (FolioModel's `Documentation`).
#
#   make install-built PREFIX=… BUILD_DIR=.build/debug   # install what is built already, building nothing

PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift
# The Swift runtime and Foundation linked into the binaries: a copy runs without a Swift toolchain
# and starts about 4 ms sooner (Benchmarks/ratios.sh). Static Foundation networking, which
# folio-serve uses, links against libcurl: needs libcurl4-openssl-dev. `SWIFT_BUILD_FLAGS=` builds
# the binaries linked dynamically instead.
SWIFT_BUILD_FLAGS ?= --static-swift-stdlib

ROOT := $(DESTDIR)$(PREFIX)
LIBDIR := $(ROOT)/lib/folio
DOCDIR := $(ROOT)/share/doc/folio
BUILD_DIR = $(shell $(SWIFT) build -c release $(SWIFT_BUILD_FLAGS) --show-bin-path)
MAN_DIR := .build/folio-man

.PHONY: all release man install install-built uninstall

all: release

release:
	$(SWIFT) build -c release $(SWIFT_BUILD_FLAGS) --product folio
	$(SWIFT) build -c release $(SWIFT_BUILD_FLAGS) --product folio-serve

# argument-parser's manual generator (a SwiftPM plugin; builds offline). In a build folder of its
# own: the plugin builds folio without SWIFT_BUILD_FLAGS, and in .build it would replace the
# statically linked release binary that `install` copies.
man:
	mkdir -p $(MAN_DIR)
	$(SWIFT) package --scratch-path .build/man-build --allow-writing-to-directory $(MAN_DIR) generate-manual --output-directory $(MAN_DIR)

install: release man
	$(MAKE) install-built BUILD_DIR="$(BUILD_DIR)"

# The man page is installed when `make man` made it (`install` always does).
install-built:
	install -d "$(LIBDIR)" "$(ROOT)/bin" "$(ROOT)/share/man/man1" "$(DOCDIR)" \
		"$(ROOT)/share/bash-completion/completions" "$(ROOT)/share/zsh/site-functions" \
		"$(ROOT)/share/fish/vendor_completions.d"
	install -m 755 "$(BUILD_DIR)/folio" "$(LIBDIR)/folio"
	install -m 755 "$(BUILD_DIR)/folio-serve" "$(LIBDIR)/folio-serve"
	for bundle in "$(BUILD_DIR)"/folio_*.resources; do \
		rm -rf "$(LIBDIR)/$$(basename "$$bundle")"; cp -R "$$bundle" "$(LIBDIR)/"; done
	ln -sf ../lib/folio/folio "$(ROOT)/bin/folio"
	if [ -f "$(MAN_DIR)/folio.1" ]; then install -m 644 "$(MAN_DIR)/folio.1" "$(ROOT)/share/man/man1/folio.1"; fi
	install -m 644 README.md docs/format.md docs/rules.md "$(DOCDIR)/"
	rm -rf "$(DOCDIR)/examples"; cp -R Examples "$(DOCDIR)/examples"; chmod -R a+rX "$(DOCDIR)/examples"
	"$(LIBDIR)/folio" --generate-completion-script bash > "$(ROOT)/share/bash-completion/completions/folio"
	"$(LIBDIR)/folio" --generate-completion-script zsh > "$(ROOT)/share/zsh/site-functions/_folio"
	"$(LIBDIR)/folio" --generate-completion-script fish > "$(ROOT)/share/fish/vendor_completions.d/folio.fish"
	@echo "installed $(ROOT)/bin/folio"

uninstall:
	rm -rf "$(LIBDIR)" "$(DOCDIR)"
	rm -f "$(ROOT)/bin/folio" "$(ROOT)/share/man/man1/folio.1" \
		"$(ROOT)/share/bash-completion/completions/folio" "$(ROOT)/share/zsh/site-functions/_folio" \
		"$(ROOT)/share/fish/vendor_completions.d/folio.fish"
