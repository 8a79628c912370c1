# Everyday targets, so nobody has to remember flags.
.PHONY: build test short lint bench bench-process bench-instructions fuzz golden generate check pg-test

build:
	go build -o interviewkit ./cmd/interviewkit

# Every test, the ones that need poppler, qpdf, LibreOffice or python3
# included (each skips, saying so, when its program is missing; with CI set
# a missing program fails it).
test:
	go test ./...
	cd third_party/fpdf && go test ./...

# The archive's tests on PostgreSQL too, against a server you run, e.g.
#   make pg-test PG=postgres://postgres@127.0.0.1:5432/postgres
# (its role must create and drop schemas; each test uses one of its own).
pg-test:
	INTERVIEWKIT_TEST_POSTGRES="$(PG)" go test ./archive

# The fast tests only: seconds, no outside programs.
short:
	go test -short ./...

lint:
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { gofmt -l $$(git ls-files '*.go'); exit 1; }
	go vet ./...
	../shared/tools/guidecopy data

bench:
	go test -run '^$$' -bench . -benchmem ./...

# Whole runs of the command, timed against the Python peer (README, Speed).
bench-process:
	go run ./bench/process -peer

# Instructions per stage of generate and per whole run (needs valgrind).
bench-instructions:
	bench/instructions

fuzz:
	go test -run '^$$' -fuzz FuzzLoad -fuzztime 30s ./kit
	go test -run '^$$' -fuzz FuzzSlug -fuzztime 15s ./kit
	go test -run '^$$' -fuzz FuzzParsePlan -fuzztime 30s ./kit
	go test -run '^$$' -fuzz FuzzParseRound -fuzztime 15s ./kit
	go test -run '^$$' -fuzz FuzzDecodeManifest -fuzztime 15s ./kit
	go test -run '^$$' -fuzz FuzzManifestRebuild -fuzztime 15s ./kit
	go test -run '^$$' -fuzz FuzzReadTimetableCSV -fuzztime 30s ./kit
	go test -run '^$$' -fuzz FuzzIntake -fuzztime 15s ./internal/intake
	go test -run '^$$' -fuzz FuzzOpen -fuzztime 30s ./internal/xlsx
	go test -run '^$$' -fuzz FuzzSheetXML -fuzztime 30s ./internal/xlsx
	go test -run '^$$' -fuzz FuzzEscape -fuzztime 15s ./internal/printable
	go test -run '^$$' -fuzz 'FuzzReadScoresheet$$' -fuzztime 60s -fuzzminimizetime 3s ./layouts/scoresheet
	go test -run '^$$' -fuzz 'FuzzReadScoresheetPart$$' -fuzztime 60s -fuzzminimizetime 3s ./layouts/scoresheet
	go test -run '^$$' -fuzz FuzzPacketNames -fuzztime 30s ./layouts
	go test -run '^$$' -fuzz FuzzScoresheetNames -fuzztime 30s ./layouts/scoresheet
	go test -run '^$$' -fuzz FuzzOverviewNames -fuzztime 30s ./layouts
	go test -run '^$$' -fuzz 'FuzzPagesPDF$$' -fuzztime 60s -fuzzminimizetime 5s ./scan
	go test -run '^$$' -fuzz 'FuzzPagesImage$$' -fuzztime 60s -fuzzminimizetime 5s ./scan
	go test -run '^$$' -fuzz FuzzParseCode -fuzztime 15s ./layouts/form
	go test -run '^$$' -fuzz FuzzDecode -fuzztime 30s -fuzzminimizetime 5s ./layouts/form
	go test -run '^$$' -fuzz FuzzHighlight -fuzztime 15s ./layouts
	go test -run '^$$' -fuzz FuzzDecodeBank -fuzztime 30s ./kit
	go test -run '^$$' -fuzz FuzzOpen -fuzztime 15s ./internal/bankcache
	go test -run '^$$' -fuzz FuzzTidyTextFastPath -fuzztime 15s ./layouts

# Refresh golden files after an intended change; review the diff.
golden:
	go test ./cmd/interviewkit -update
	go test ./layouts -update
	go test ./layouts/scoresheet -update
	go test ./kit -update

# Rewrite what is compiled from other files: the embedded bank after its
# YAML changes, the table of printable characters after the fonts change.
# The tests fail while either is stale.
generate:
	go generate ./data
	go test ./layouts -run TestGlyphTableIsFresh -update

check: lint test
