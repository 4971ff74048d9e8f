#!/usr/bin/env python3
"""Checks a /preview.xlsx against /preview.json of the same address, as
openpyxl reads it (scripts/exports.sh):

- two sheets, "Matrix" (frozen at D2) and "Rows" (frozen at A2);
- "Rows" has the JSON's lines in order, every field equal: amounts and
  counts as numbers, each amount in a number format naming its currency
  with its decimal places, the rest text (names beside codes);
- "Matrix" has a column per country in the JSON's order and, per (app,
  plan, cycle), the amount the page shows first.

    xlsx.py PREVIEW.xlsx PREVIEW.json

Exits 1 with the first difference.
"""

import json
import sys
from decimal import Decimal

import openpyxl

MONEY = {"per_month", "cycle_total", "one_time", "list_per_month", "list_cycle_total",
         "list_one_time", "base_fee"}
COUNTS = {"months", "save_percent"}


def fail(message):
    print(f"xlsx: {message}", file=sys.stderr)
    sys.exit(1)


def check_money(where, cell, value, currency):
    if not isinstance(cell.value, (int, float)) or isinstance(cell.value, bool):
        fail(f"{where}: {cell.value!r} is not a number")
    if Decimal(repr(cell.value)) != Decimal(value):
        fail(f"{where}: {cell.value!r} is not {value}")
    places = len(value.split(".")[1]) if "." in value else 0
    fraction = "." + "0" * places if places else ""
    if cell.number_format != f'#,##0{fraction} "{currency}"':
        fail(f"{where}: format {cell.number_format!r} for {value} {currency}")


def main():
    book = openpyxl.load_workbook(sys.argv[1])
    with open(sys.argv[2], encoding="utf-8") as file:
        data = json.load(file)
    lines = data["lines"]
    if book.sheetnames != ["Matrix", "Rows"]:
        fail(f"sheets {book.sheetnames}")

    rows = book["Rows"]
    if rows.freeze_panes != "A2":
        fail(f"Rows frozen at {rows.freeze_panes}")
    header = [cell.value for cell in rows[1]]
    body = list(rows.iter_rows(min_row=2))
    if len(body) != len(lines):
        fail(f"{len(body)} rows for {len(lines)} lines")
    for number, (cells, line) in enumerate(zip(body, lines), start=2):
        for name, cell in zip(header, cells):
            want, where = line[name], f"Rows!{cell.coordinate} ({name})"
            if want is None:
                if cell.value is not None:
                    fail(f"{where}: {cell.value!r} where the JSON has nothing")
            elif name in MONEY:
                check_money(where, cell, want, line["currency"])
            elif name in COUNTS:
                if not isinstance(cell.value, (int, float)) or cell.value != want:
                    fail(f"{where}: {cell.value!r} is not the number {want}")
            elif cell.value != want:
                fail(f"{where}: {cell.value!r} is not {want!r}")

    matrix = book["Matrix"]
    if matrix.freeze_panes != "D2":
        fail(f"Matrix frozen at {matrix.freeze_panes}")
    head = [cell.value for cell in matrix[1]]
    countries = [h.rsplit("(", 1)[1].rstrip(")") for h in head[3:]]
    if countries != data["countries"]:
        fail(f"Matrix columns {countries}, JSON countries {data['countries']}")
    width = len(countries)
    shown = 0
    for r, cells in enumerate(matrix.iter_rows(min_row=2, values_only=False)):
        group = lines[r * width:(r + 1) * width]
        first = group[0]
        if [c.value for c in cells[:2]] != [first["app_name"], first["plan_name"]] \
                or cells[2].value != first["cycle_name"]:
            fail(f"Matrix row {r + 2}: {[c.value for c in cells[:3]]} is not {first['plan_name']}")
        for cell, line in zip(cells[3:], group):
            value = line["per_month"] or line["one_time"] or line["base_fee"]
            if value is None:
                if cell.value is not None:
                    fail(f"Matrix!{cell.coordinate}: {cell.value!r} where the JSON has nothing")
                continue
            check_money(f"Matrix!{cell.coordinate}", cell, value, line["currency"])
            shown += 1
    print(f"xlsx: {len(lines)} lines and {shown} matrix amounts agree with the JSON; "
          f"{len(data['countries'])} countries")


if __name__ == "__main__":
    main()
