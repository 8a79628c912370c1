package archive

// Copying moves a team up: a SQLite archive goes into PostgreSQL (or any
// archive into any other). Its rules: the source is opened read-only and
// never migrated, so its file is left byte for byte as it was; everything
// is copied in one transaction of the destination, history included, with
// every column of every archived table as the source holds it; before that
// transaction commits, the destination must hold exactly as many kits,
// versions and scores of the copied kits as the source, or nothing is
// copied. A kit the destination already holds is refused, never merged.

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// ErrCopyConflict is a copy whose source holds kits the destination
// already holds.
var ErrCopyConflict = errors.New("the destination already holds kits of the source")

// Copied counts what a copy wrote.
type Copied struct {
	Kits, Versions, Scores int
	Pages                  int // scanned pages
}

// OpenReadOnly opens an existing archive only to read it: a SQLite file is
// opened read-only and not migrated, so not a byte of it changes; an
// archive of an older schema is read as it is, one of a newer one refused.
// A SQLite file nobody else has open is read as immutable, so nothing is
// created beside it either; one in use is read through its log.
func OpenReadOnly(path string) (*Archive, error) {
	if IsURL(path) {
		return OpenExisting(path)
	}
	if _, err := os.Stat(path); err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("%w at %s", ErrNoArchive, path)
		}
		return nil, err
	}
	// A pipe would hang SQLite's open, and a foreign file is told apart
	// from its header before SQLite reads it (recognise.go).
	if err := recognise(path); err != nil {
		return nil, err
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	q := url.Values{}
	q.Set("mode", "ro")
	if !exists(path+"-wal") && !exists(path+"-shm") {
		// Nobody has the file open: read it as it is. Read-only access to
		// a write-ahead-logged file otherwise creates the -wal and -shm
		// files beside it, and cannot remove them.
		q.Set("immutable", "1")
	}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyTimeout.Milliseconds()))
	q.Add("_pragma", "query_only(1)")
	sdb, err := sql.Open("sqlite", "file:"+(&url.URL{Path: filepath.ToSlash(abs)}).EscapedPath()+"?"+q.Encode())
	if err != nil {
		return nil, err
	}
	sdb.SetMaxOpenConns(1)
	a := &Archive{db: &db{sdb, sqliteDialect}, d: sqliteDialect, path: path, now: func() time.Time { return time.Now().UTC() }}
	ctx := context.Background()
	err = a.identify(ctx)
	var version int
	if err == nil {
		version, err = a.d.version(ctx, a.db)
	}
	if err == nil && version == 0 {
		err = fmt.Errorf("%w: %s is an empty SQLite database", ErrNotArchive, path)
	}
	if err == nil {
		err = a.newer(version)
	}
	if err != nil {
		sdb.Close()
		if isNotADatabase(err) {
			return nil, fmt.Errorf("%w: %s is not a SQLite database", ErrNotArchive, path)
		}
		if errors.Is(err, ErrNotArchive) {
			return nil, err
		}
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return a, nil
}

// exists reports whether there is a file at path.
func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// copyTables are the archived tables in the order rows must go in; a
// table's own row id (versions.id) is the destination's to give. The
// scanned pages follow them a row at a time (copyPages).
var copyTables = []string{"kits", "versions", "scores"}

// CopyFrom copies every kit of src, with its versions and scores, into a
// in one transaction, verifies the counts before committing, and returns
// them.
func (a *Archive) CopyFrom(ctx context.Context, src *Archive) (Copied, error) {
	tables := map[string]*sourceTable{}
	for _, name := range copyTables {
		t, err := readTable(ctx, src, name)
		if err != nil {
			return Copied{}, fmt.Errorf("reading %s: %w", src.path, err)
		}
		tables[name] = t
	}
	if columnIndex(tables["kits"], "kit_id") < 0 {
		return Copied{}, fmt.Errorf("%w: %s has a kits table without kit_id", ErrNotArchive, src.path)
	}
	want := Copied{Kits: len(tables["kits"].rows), Versions: len(tables["versions"].rows), Scores: len(tables["scores"].rows)}
	scans, err := hasPageScans(ctx, src)
	if err != nil {
		return Copied{}, fmt.Errorf("reading %s: %w", src.path, err)
	}
	if scans {
		if err := src.db.QueryRowContext(ctx, `SELECT count(*) FROM page_scans`).Scan(&want.Pages); err != nil {
			return Copied{}, fmt.Errorf("reading %s: %w", src.path, err)
		}
	}
	err = a.inTx(ctx, func(t *tx) error {
		if err := refuseKnownKits(ctx, t, tables["kits"]); err != nil {
			return err
		}
		ids, err := insertRows(ctx, t, tables["kits"], nil)
		if err == nil {
			ids, err = insertRows(ctx, t, tables["versions"], ids)
		}
		if err == nil {
			_, err = insertRows(ctx, t, tables["scores"], ids)
		}
		if err == nil && scans {
			err = copyPages(ctx, t, src)
		}
		if err != nil {
			return err
		}
		return verifyCopy(ctx, t, tables["kits"], want)
	})
	if err != nil {
		if errors.Is(err, ErrCopyConflict) {
			return Copied{}, err
		}
		return Copied{}, fmt.Errorf("copying into %s: %w", a.path, err)
	}
	return want, nil
}

// sourceTable is a table read whole from the source.
type sourceTable struct {
	name    string
	columns []string
	rows    [][]any
}

// readTable reads every row of a table, every column, in row id order so
// versions keep their order.
func readTable(ctx context.Context, src *Archive, name string) (*sourceTable, error) {
	order := map[string]string{"kits": "kit_id", "versions": "id", "scores": "version_id, position"}[name]
	rows, err := src.db.QueryContext(ctx, "SELECT * FROM "+name+" ORDER BY "+order)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	t := &sourceTable{name: name}
	if t.columns, err = rows.Columns(); err != nil {
		return nil, err
	}
	for rows.Next() {
		row := make([]any, len(t.columns))
		ptrs := make([]any, len(row))
		for i := range row {
			ptrs[i] = &row[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		t.rows = append(t.rows, row)
	}
	return t, rows.Err()
}

// refuseKnownKits fails with ErrCopyConflict when the destination holds
// any of the source's kits.
func refuseKnownKits(ctx context.Context, t *tx, kits *sourceTable) error {
	col := columnIndex(kits, "kit_id")
	var known []string
	for _, row := range kits.rows {
		var n int
		if err := t.QueryRowContext(ctx, "SELECT count(*) FROM kits WHERE kit_id = ?", row[col]).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			known = append(known, fmt.Sprint(row[col]))
		}
	}
	if len(known) > 0 {
		more := ""
		if len(known) > 3 {
			more = fmt.Sprintf(" and %d more", len(known)-3)
			known = known[:3]
		}
		return fmt.Errorf("%w: %s%s", ErrCopyConflict, strings.Join(known, ", "), more)
	}
	return nil
}

// insertRows writes a table's rows. A versions row gets a new id, which
// the returned map gives for the source's; a scores row's version_id is
// looked up in ids.
func insertRows(ctx context.Context, t *tx, src *sourceTable, ids map[any]int64) (map[any]int64, error) {
	idCol, refCol := -1, -1
	var cols []string
	for i, c := range src.columns {
		switch {
		case src.name == "versions" && c == "id":
			idCol = i
			continue
		case src.name == "scores" && c == "version_id":
			refCol = i
		}
		cols = append(cols, c)
	}
	q := fmt.Sprintf("INSERT INTO %s (%s) VALUES (%s)", src.name, strings.Join(cols, ", "),
		strings.TrimSuffix(strings.Repeat("?, ", len(cols)), ", "))
	if idCol >= 0 {
		q += " RETURNING id"
	}
	stmt, err := t.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	defer stmt.Close()
	newIDs := map[any]int64{}
	args := make([]any, 0, len(cols))
	for _, row := range src.rows {
		args = args[:0]
		for i, v := range row {
			switch i {
			case idCol:
				continue
			case refCol:
				id, ok := ids[v]
				if !ok {
					return nil, fmt.Errorf("score of version %v, which the source does not hold", v)
				}
				v = id
			}
			args = append(args, v)
		}
		if idCol < 0 {
			if _, err := stmt.ExecContext(ctx, args...); err != nil {
				return nil, err
			}
			continue
		}
		var id int64
		if err := stmt.QueryRowContext(ctx, args...).Scan(&id); err != nil {
			return nil, err
		}
		newIDs[row[idCol]] = id
	}
	return newIDs, nil
}

// verifyCopy counts the copied kits' rows in the destination.
func verifyCopy(ctx context.Context, t *tx, kits *sourceTable, want Copied) error {
	col := columnIndex(kits, "kit_id")
	var got Copied
	for _, row := range kits.rows {
		var v, s, p int
		if err := t.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM versions WHERE kit_id = ?),
			(SELECT count(*) FROM versions v JOIN scores s ON s.version_id = v.id WHERE v.kit_id = ?),
			(SELECT count(*) FROM page_scans WHERE kit_id = ?)`, row[col], row[col], row[col]).Scan(&v, &s, &p); err != nil {
			return err
		}
		got.Kits++
		got.Versions += v
		got.Scores += s
		got.Pages += p
	}
	if got != want {
		return fmt.Errorf("the copy holds %d kits, %d versions, %d scores and %d scanned pages; the source %d, %d, %d and %d; nothing was copied",
			got.Kits, got.Versions, got.Scores, got.Pages, want.Kits, want.Versions, want.Scores, want.Pages)
	}
	return nil
}

// columnIndex is the position of a column, -1 when the table has none.
func columnIndex(t *sourceTable, name string) int {
	for i, c := range t.columns {
		if c == name {
			return i
		}
	}
	return -1
}

// hasPageScans reports whether an archive's schema keeps scanned pages
// (migration 4); an older one, read as it is, has none.
func hasPageScans(ctx context.Context, src *Archive) (bool, error) {
	v, err := src.SchemaVersion(ctx)
	return v >= 4, err
}

// copyPages copies the source's scanned pages a row at a time, so their
// images never sit in memory together.
func copyPages(ctx context.Context, t *tx, src *Archive) error {
	rows, err := src.db.QueryContext(ctx, `SELECT kit_id, round, page, format, image, image_hash, source_file,
		source_page, scanned_at FROM page_scans ORDER BY id`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var kitID, format, hash, file, at string
		var round, page, srcPage int
		var img []byte
		if err := rows.Scan(&kitID, &round, &page, &format, &img, &hash, &file, &srcPage, &at); err != nil {
			return err
		}
		if _, err := t.ExecContext(ctx, `INSERT INTO page_scans (kit_id, round, page, format, image, image_hash,
			source_file, source_page, scanned_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			kitID, round, page, format, img, hash, file, srcPage, at); err != nil {
			return err
		}
	}
	return rows.Err()
}
