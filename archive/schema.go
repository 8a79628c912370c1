package archive

// The schema, written once for both databases. Migration i brings an
// archive from schema version i to i+1; they are applied in order, all the
// missing ones in one transaction, so an archive is never left between two
// versions. Never edit one that has shipped: append another. Types are
// tokens the dialect replaces ({{id}}, {{text}}, {{int}}, {{real}},
// {{blob}}, {{strict}}); the rest must be SQL both databases read.
//
// Adding a table is one change here: append a migration that creates it.

import (
	"context"
	"fmt"
)

var migrations = []string{
	// 1: kits, the versions of each round (the current one and the history
	// it replaced) and the scores of each version.
	`
CREATE TABLE kits (
	kit_id          {{text}} PRIMARY KEY,
	candidate       {{text}} NOT NULL,
	candidate_key   {{text}} NOT NULL, -- candidate folded for search: lower case, no accents
	role            {{text}} NOT NULL,
	level           {{text}} NOT NULL,
	level_id        {{text}} NOT NULL,
	interview_date  {{text}} NOT NULL, -- YYYY-MM-DD
	seed            {{text}} NOT NULL,
	bank_title      {{text}} NOT NULL,
	bank_version    {{text}} NOT NULL,
	tool_version    {{text}} NOT NULL,
	format          {{int}} NOT NULL,
	retention       {{text}} NOT NULL,
	rounds          {{int}} NOT NULL,
	first_collected {{text}} NOT NULL  -- RFC 3339, UTC
) {{strict}};
CREATE INDEX kits_date ON kits (interview_date);

CREATE TABLE versions (
	id             {{id}},
	kit_id         {{text}} NOT NULL REFERENCES kits (kit_id) ON DELETE CASCADE,
	round          {{int}} NOT NULL, -- position in the kit, from 1
	version        {{int}} NOT NULL, -- 1 when first collected, then 2, 3...
	sheet          {{text}} NOT NULL,
	title          {{text}} NOT NULL,
	interviewer    {{text}} NOT NULL,
	recommendation {{text}} NOT NULL,    -- the interviewer's own call, or ''
	questions      {{int}} NOT NULL,
	scored         {{int}} NOT NULL,
	not_applicable {{int}} NOT NULL,
	blank          {{int}} NOT NULL,
	content_hash   {{text}} NOT NULL,    -- SHA-256 of what was typed, not of the file
	source_file    {{text}} NOT NULL,
	source_hash    {{text}} NOT NULL,    -- SHA-256 of the file
	collected_at   {{text}} NOT NULL,
	replaced_at    {{text}},             -- NULL while current; set when a correction replaced it
	UNIQUE (kit_id, round, version)
) {{strict}};
CREATE UNIQUE INDEX versions_current ON versions (kit_id, round) WHERE replaced_at IS NULL;

CREATE TABLE scores (
	version_id  {{int}} NOT NULL REFERENCES versions (id) ON DELETE CASCADE,
	position    {{int}} NOT NULL, -- from 1, in packet order
	question_id {{text}} NOT NULL,
	area        {{text}} NOT NULL,
	area_id     {{text}} NOT NULL,
	weight      {{real}} NOT NULL,
	status      {{text}} NOT NULL CHECK (status IN ('scored', 'n/a', 'blank')),
	score       {{int}} CHECK (score BETWEEN 1 AND 4),
	notes       {{text}} NOT NULL,
	cell        {{text}} NOT NULL,    -- where the score was typed, e.g. H7
	PRIMARY KEY (version_id, position),
	CHECK ((status = 'scored') = (score IS NOT NULL))
) {{strict}};
CREATE INDEX scores_question ON scores (question_id);

-- The history HR keeps: every version a correction replaced.
CREATE VIEW history AS SELECT * FROM versions WHERE replaced_at IS NOT NULL;
`,
	// 2: the record of the schema's versions: which interviewkit brought
	// the archive to each, and when. On PostgreSQL its highest version is
	// the archive's; SQLite keeps the number in the file's header too.
	`
CREATE TABLE schema_version (
	version      {{int}} PRIMARY KEY,
	applied_at   {{text}} NOT NULL, -- RFC 3339, UTC; '' for versions applied before this table
	tool_version {{text}} NOT NULL  -- the interviewkit that applied it; '' when unknown
) {{strict}};
`,
	// 3: each kit's recommendation rule (rule.go), as its scoresheet
	// states it; '' for the default rule, which every kit archived before
	// had.
	`ALTER TABLE kits ADD COLUMN rule {{text}} NOT NULL DEFAULT '';`,
	// 4: the scanned pages of the packets, kept beside the record since HR
	// archives the paper itself. A page scanned again with the same image
	// is kept once; a rescan is kept beside the earlier one. They go with
	// their kit.
	`
CREATE TABLE page_scans (
	id          {{id}},
	kit_id      {{text}} NOT NULL REFERENCES kits (kit_id) ON DELETE CASCADE,
	round       {{int}} NOT NULL,  -- position in the kit, from 1
	page        {{int}} NOT NULL,  -- page of the round's packet, from 1
	format      {{text}} NOT NULL CHECK (format IN ('jpeg', 'png')),
	image       {{blob}} NOT NULL, -- the page as scanned
	image_hash  {{text}} NOT NULL, -- SHA-256 of image
	source_file {{text}} NOT NULL, -- the file scanned
	source_page {{int}} NOT NULL,  -- the page in that file; 0 for a photo
	scanned_at  {{text}} NOT NULL, -- RFC 3339, UTC
	UNIQUE (kit_id, round, page, image_hash)
) {{strict}};
`,
}

// ToolVersion is the interviewkit version the schema_version table records;
// cmd sets it from the build.
var ToolVersion = "dev"

// migrate applies the migrations the archive has not seen, in order, in
// one transaction; an archive written by a newer interviewkit is refused.
func (a *Archive) migrate(ctx context.Context) error {
	version, err := a.d.version(ctx, a.db)
	if err != nil {
		return err
	}
	if err := a.newer(version); err != nil || version == len(migrations) {
		return err
	}
	// The database's default isolation: the lock serialises migrations,
	// and the look after it must see what the process before committed.
	return a.inTxWith(ctx, nil, func(t *tx) error {
		if err := a.d.lock(ctx, t); err != nil {
			return err
		}
		// Another process may have migrated since the look above; the
		// transaction holds the lock, so look again.
		from, err := a.d.version(ctx, t)
		if err != nil {
			return err
		}
		if err := a.newer(from); err != nil || from == len(migrations) {
			return err
		}
		for v := from; v < len(migrations); v++ {
			if _, err := t.ExecContext(ctx, a.d.schema(migrations[v])); err != nil {
				return fmt.Errorf("migration %d: %w", v+1, err)
			}
		}
		now := timestamp(a.now())
		for v := 1; v <= len(migrations); v++ {
			at, tool := now, ToolVersion
			if v <= from {
				at, tool = "", "" // applied before the record was kept
			}
			if _, err := t.ExecContext(ctx, `INSERT INTO schema_version (version, applied_at, tool_version)
				VALUES (?, ?, ?) ON CONFLICT (version) DO NOTHING`, v, at, tool); err != nil {
				return err
			}
		}
		return a.d.setVersion(ctx, t, len(migrations))
	})
}

// newer refuses an archive whose schema is newer than this interviewkit's.
func (a *Archive) newer(version int) error {
	if version > len(migrations) {
		return fmt.Errorf("%w: it was written by a newer interviewkit (schema %d; this one knows up to %d); upgrade interviewkit",
			ErrNotArchive, version, len(migrations))
	}
	return nil
}

// SchemaVersion is the archive's schema version.
func (a *Archive) SchemaVersion(ctx context.Context) (int, error) { return a.d.version(ctx, a.db) }
