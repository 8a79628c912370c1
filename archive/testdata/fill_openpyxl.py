"""Fill interviewkit scoresheets as a person would, with openpyxl: another
program than the one that wrote them, finding cells by label and header
name as the scoresheet's reading contract says.

Reads a JSON list of jobs on standard input:
  [{"in": "a.xlsx", "out": "b.xlsx",
    "sheets": {"Django core": {"interviewer": "Bo", "recommendation": "Yes",
                               "scores": {"orm-n-plus-one": 3, "sec-csrf": "N/A"},
                               "notes": {"orm-n-plus-one": "solid"},
                               "labels": {"Candidate": "Someone else"}}},
    "kit": {"Candidate": "Someone else"}}]
A score or note of null clears the cell. Exits 3 when openpyxl is missing.
"""
import json
import sys

try:
    import openpyxl
except ImportError:
    sys.exit(3)


def label_cell(ws, label, max_row):
    for row in ws.iter_rows(min_row=1, max_row=max_row):
        for c in row:
            if isinstance(c.value, str) and c.value.strip() == label:
                return ws.cell(row=c.row, column=c.column + 1)
    raise SystemExit("no label %r on sheet %s" % (label, ws.title))


def header(ws):
    for row in ws.iter_rows():
        names = {c.value: c.column for c in row if isinstance(c.value, str)}
        if "ID" in names and "Score" in names:
            return row[0].row, names
    raise SystemExit("no header row on sheet %s" % ws.title)


def fill(job):
    wb = openpyxl.load_workbook(job["in"])
    for name, spec in job.get("sheets", {}).items():
        ws = wb[name]
        head, cols = header(ws)
        if "interviewer" in spec:
            label_cell(ws, "Interviewer", head).value = spec["interviewer"]
        if "recommendation" in spec:
            label_cell(ws, "Interviewer's recommendation", head).value = spec["recommendation"]
        for label, value in spec.get("labels", {}).items():
            label_cell(ws, label, head).value = value
        rows = {}
        r = head + 1
        while ws.cell(row=r, column=cols["ID"]).value:
            rows[ws.cell(row=r, column=cols["ID"]).value] = r
            r += 1
        for qid, value in spec.get("scores", {}).items():
            ws.cell(row=rows[qid], column=cols["Score"]).value = value
        for qid, value in spec.get("notes", {}).items():
            c = ws.cell(row=rows[qid], column=cols["Notes"])
            c.value = value
            if isinstance(value, str):
                c.data_type = "s"  # typed text, even when it starts with =
    if "kit" in job:
        ws = wb["Kit"]
        for label, value in job["kit"].items():
            label_cell(ws, label, ws.max_row).value = value
    wb.save(job["out"])


for job in json.load(sys.stdin):
    fill(job)
