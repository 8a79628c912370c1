"""Read a scoresheet with openpyxl, another program than ours, and report
what it finds as JSON; optionally type scores in and save a copy.

usage: openpyxl_check.py IN.xlsx [OUT.xlsx SHEET=CELL:VALUE ...]
"""
import json
import sys
import warnings

import openpyxl

warnings.simplefilter("error")  # a warning while reading is a failure

wb = openpyxl.load_workbook(sys.argv[1])
report = {"sheets": wb.sheetnames, "protected": {}, "validations": {}, "cells": {},
          "print": {}, "locked": {}, "workbook_locked": bool(wb.security and wb.security.lockStructure)}
for ws in wb.worksheets:
    report["protected"][ws.title] = bool(ws.protection.sheet) and bool(ws.protection.password)
    report["validations"][ws.title] = [
        {"sqref": str(dv.sqref), "type": dv.type, "formula1": dv.formula1,
         "errorStyle": dv.errorStyle or "stop", "showErrorMessage": bool(dv.showErrorMessage),
         "error": dv.error, "allowBlank": bool(dv.allow_blank)}
        for dv in ws.data_validations.dataValidation]
    report["print"][ws.title] = {"orientation": ws.page_setup.orientation,
                                 "fitToWidth": ws.page_setup.fitToWidth,
                                 "fitToPage": bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage),
                                 "printTitleRows": ws.print_title_rows,
                                 "header": ws.oddHeader.left.text}
    cells, locked = {}, {}
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None:
                cells[c.coordinate] = {"type": c.data_type, "value": str(c.value)}
            locked[c.coordinate] = bool(c.protection.locked)
    report["cells"][ws.title] = cells
    report["locked"][ws.title] = locked

if len(sys.argv) > 2:
    for arg in sys.argv[3:]:
        where, value = arg.split(":", 1)
        sheet, cell = where.rsplit("=", 1)
        wb[sheet][cell] = int(value) if value.isdigit() else value
    wb.save(sys.argv[2])

json.dump(report, sys.stdout)
