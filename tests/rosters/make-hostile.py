"""Writes the hostile spreadsheets in hostile/: each is a small, valid ZIP
that once crashed or stalled a roster reader. Standard library only.

    python3 tests/rosters/make-hostile.py

Every file has a header row (姓名 / name) and one resident, so only its
fault stops it; the tests expect exit 1 with a message, in under a second.
"""
import os
import zipfile

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hostile")
os.makedirs(here, exist_ok=True)
STAMP = (2020, 3, 1, 0, 0, 0)


def write_zip(name, members):
    with zipfile.ZipFile(os.path.join(here, name), "w", zipfile.ZIP_DEFLATED) as z:
        for path, data in members:
            info = zipfile.ZipInfo(path, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(info, data, compresslevel=9)


def xlsx(name, sheet_rows):
    """sheet_rows: the XML of <sheetData>'s content (bytes or str)."""
    if isinstance(sheet_rows, str):
        sheet_rows = sheet_rows.encode("utf-8")
    sheet = (
        b'<?xml version="1.0" encoding="UTF-8"?>'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b"<sheetData>" + sheet_rows + b"</sheetData></worksheet>"
    )
    write_zip(
        name,
        [
            (
                "[Content_Types].xml",
                '<?xml version="1.0" encoding="UTF-8"?>'
                '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                '<Default Extension="xml" ContentType="application/xml"/>'
                '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                "</Types>",
            ),
            (
                "_rels/.rels",
                '<?xml version="1.0" encoding="UTF-8"?>'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                "</Relationships>",
            ),
            (
                "xl/workbook.xml",
                '<?xml version="1.0" encoding="UTF-8"?>'
                '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                '<sheets><sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>',
            ),
            (
                "xl/_rels/workbook.xml.rels",
                '<?xml version="1.0" encoding="UTF-8"?>'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                "</Relationships>",
            ),
            ("xl/worksheets/sheet1.xml", sheet),
        ],
    )


def cell(ref, text):
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


HEADER = '<row r="1">' + cell("A1", "姓名") + cell("B1", "国籍") + "</row>"
KIM = '<row r="2">' + cell("A2", "KIM MINJUN") + cell("B2", "KR") + "</row>"

# One cell at Excel's very last cell: the sheet is 16384 x 1048576 if
# sized from its corners.
xlsx("last-cell.xlsx", HEADER + KIM + '<row r="1048576">' + cell("XFD1048576", "x") + "</row>")
# A reference past Excel's last column.
xlsx("past-last-column.xlsx", HEADER + KIM + '<row r="3">' + cell("ZZZZ3", "x") + "</row>")
# One cell of 20 MB of text (it packs to about 20 KB).
big = b"A" * (20 * 1024 * 1024)
xlsx(
    "huge-cell.xlsx",
    HEADER.encode() + KIM.encode() + b'<row r="3"><c r="A3" t="inlineStr"><is><t>' + big + b"</t></is></c></row>",
)
del big
# More rows than a roster may have (150,000; they unpack to 7.5 MB).
rows = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>' * 150_000
xlsx("many-rows.xlsx", HEADER.encode() + KIM.encode() + rows)
del rows


def ods(name, table):
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
        '<office:body><office:spreadsheet><table:table table:name="名单">'
        + table
        + "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    write_zip(
        name,
        [
            ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
            ("content.xml", content),
        ],
    )


def ods_row(*cells, repeat=1):
    attr = f' table:number-rows-repeated="{repeat}"' if repeat > 1 else ""
    return f"<table:table-row{attr}>" + "".join(cells) + "</table:table-row>"


def ods_cell(text, repeat=1):
    attr = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    return f'<table:table-cell office:value-type="string"{attr}><text:p>{text}</text:p></table:table-cell>'


ODS_HEAD = ods_row(ods_cell("姓名"), ods_cell("国籍")) + ods_row(ods_cell("KIM MINJUN"), ods_cell("KR"))
# A resident row repeated a billion times, and a cell repeated past XFD.
ods("repeated-rows.ods", ODS_HEAD + ods_row(ods_cell("SATO YUI"), ods_cell("JP"), repeat=1_000_000_000))
ods("repeated-cells.ods", ODS_HEAD + ods_row(ods_cell("x", repeat=1_000_000_000)))
# The twin of a good roster, to show the reader reads ODS at all.
ods(
    "good.ods",
    ods_row(ods_cell("示例区外籍人员名单"))
    + ods_row(ods_cell("姓名"), ods_cell("国籍"), ods_cell("出生日期"))
    + ods_row()
    + ods_row(
        ods_cell("KIM MINJUN"),
        ods_cell("KR"),
        '<table:table-cell office:value-type="date" office:date-value="1985-07-14"><text:p>14/07/85</text:p></table:table-cell>',
    )
    + '<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>',
)
