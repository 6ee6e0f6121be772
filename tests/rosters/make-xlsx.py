"""Writes mixed.xlsx, the spreadsheet twin of mixed.csv, as Excel saves a
roster: real date cells, a passport number typed as a number, a title row
above the header, and a second worksheet. Needs openpyxl (PyPI).

    python3 tests/rosters/make-xlsx.py
"""
import csv
import datetime
import os

from openpyxl import Workbook

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "mixed.csv"), encoding="utf-8") as f:
    rows = list(csv.reader(f))

book = Workbook()
sheet = book.active
sheet.title = "入境人员"
sheet.append(["示例区外籍人员名单"])  # a title row: the header is row 2
date_columns = {rows[0].index(h) for h in ("出生日期", "观察开始日期")}
sheet.append(rows[0])
for row in rows[1:]:
    cells = []
    for i, value in enumerate(row):
        if i in date_columns:
            digits = [int(x) for x in value.replace("年", "-").replace("月", "-").replace("日", "").replace("/", "-").replace(".", "-").split("-")]
            cells.append(datetime.date(*digits))
        elif i == rows[0].index("护照号码") and value.isdigit():
            cells.append(int(value))
        else:
            cells.append(value or None)
    sheet.append(cells)
book.create_sheet("备注").append(["此页不是名单"])
# Fixed metadata so the file is the same on every run.
book.properties.created = book.properties.modified = datetime.datetime(2020, 3, 1)
book.save(os.path.join(here, "mixed.xlsx"))
