#!/usr/bin/env python3
"""Writes the XLSX fixtures for XLSXReaderTests with the stdlib only (XML by hand).

Run from anywhere: python3 make_xlsx.py  (writes next to this script; output is byte-stable).
"""
import os, struct, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def write(name, parts):
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as z:
        for path, text in parts.items():
            info = zipfile.ZipInfo(path, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, HEAD + text)


def rels(*items):  # (id, type, target)
    body = "".join(f'<Relationship Id="{i}" Type="{REL}/{t}" Target="{g}"/>' for i, t, g in items)
    return f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{body}</Relationships>'


ROOT_RELS = rels(("rId1", "officeDocument", "xl/workbook.xml"))
TYPES = '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'


def workbook(sheets, pr=""):
    body = "".join(f'<sheet name="{n}" sheetId="{k + 1}" r:id="{rid}"/>' for k, (n, rid) in enumerate(sheets))
    return f"<workbook {NS} {R}>{pr}<sheets>{body}</sheets></workbook>"


def sheet(rows, p=""):
    return f'<{p}worksheet {NS.replace("xmlns=", f"xmlns:{p[:-1]}=") if p else NS}><{p}sheetData>{rows}</{p}sheetData></{p}worksheet>'


# Shared strings: index 5 is rich text with a phonetic run to ignore; 7 needs entity decoding; 8 keeps spaces.
SST = (f'<sst {NS} count="9" uniqueCount="9">'
       "<si><t>Nama Lengkap</t></si><si><t>NIK</t></si><si><t>Tgl Lahir</t></si><si><t>Kab/Kota</t></si>"
       "<si><t>Siti Aminah</t></si>"
       '<si><r><t xml:space="preserve">Budi </t></r><r><rPr><b/></rPr><t>Santoso</t></r>'
       '<rPh sb="0" eb="4"><t>ブディ</t></rPh><phoneticPr fontId="1"/></si>'
       "<si><t>Kota Palembang</t></si><si><t>A &amp; B &lt;C&gt;</t></si>"
       '<si><t xml:space="preserve">  Catatan impor  </t></si></sst>')

# cellXfs: 0 General, 1 numFmtId 14 (date), 2 dd/mm/yyyy, 3 '0" days"' (not a date), 4 #,##0, 5 h:mm (time only)
STYLES = (f'<styleSheet {NS}><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>'
          '<numFmt numFmtId="165" formatCode="0&quot; days&quot;"/></numFmts>'
          '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>'
          '<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/>'
          '<xf numFmtId="165"/><xf numFmtId="3"/><xf numFmtId="20"/></cellXfs></styleSheet>')

SENSUS = sheet(
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>'
    '<row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2"><v>1671014505900001</v></c><c r="C2" s="1"><v>45060</v></c><c r="D2" t="s"><v>6</v></c></row>'
    '<row r="3"><c r="A3" t="s"><v>5</v></c><c r="B3" t="n"><v>1.6710203456789E+15</v></c><c r="C3" s="2"><v>36526</v></c>'
    '<c r="D3" t="inlineStr"><is><t>Kab. Ogan Ilir</t></is></c></row>'
    '<row r="5" spans="1:4"><c r="A5" t="s"><v>7</v></c><c r="C5" s="1"><v>45060.75</v></c>'
    '<c r="D5" t="str"><f>UPPER("oku timur")</f><v>OKU TIMUR</v></c><c r="E5" s="1"/></row>'
    '<row><c t="inlineStr"><is><r><t>Dewi </t></r><r><t>Lestari</t></r></is></c><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c>'
    '<c><v>3.5</v></c><c s="4"><v>2023</v></c><c s="3"><v>12</v></c><c t="b"><v>0</v></c><c><v>-0.25</v></c></row>'
    '<row r="8" ht="20" customHeight="1"/>')

CATATAN = sheet(
    '<row r="1"><c r="A1" t="s"><v>8</v></c></row>'
    '<row r="2"><c r="A2" s="1"><v>1</v></c><c r="B2" s="1"><v>59</v></c><c r="C2" s="1"><v>60</v></c>'
    '<c r="D2" s="1"><v>61</v></c><c r="E2" s="5"><v>0.5</v></c><c r="F2" s="1"><v>2958465</v></c></row>')

write("sensus-serial-dates.xlsx", {
    "[Content_Types].xml": TYPES, "_rels/.rels": ROOT_RELS,
    # Workbook order is Sensus first, but Sensus lives in sheet2.xml (relative target); Catatan uses an absolute one.
    "xl/workbook.xml": workbook([("Sensus", "rId2"), ("Catatan", "rId1")], '<workbookPr defaultThemeVersion="124226"/>'),
    "xl/_rels/workbook.xml.rels": rels(("rId1", "worksheet", "/xl/worksheets/sheet1.xml"),
                                       ("rId2", "worksheet", "worksheets/sheet2.xml"),
                                       ("rId3", "sharedStrings", "sharedStrings.xml"), ("rId4", "styles", "styles.xml")),
    "xl/worksheets/sheet1.xml": CATATAN, "xl/worksheets/sheet2.xml": SENSUS,
    "xl/sharedStrings.xml": SST, "xl/styles.xml": STYLES,
})

# date1904, no sharedStrings.xml, and a worksheet written with a namespace prefix (x:).
write("workbook-1904.xlsx", {
    "[Content_Types].xml": TYPES, "_rels/.rels": ROOT_RELS,
    "xl/workbook.xml": workbook([("Lembar1", "rId1")], '<workbookPr date1904="1"/>'),
    "xl/_rels/workbook.xml.rels": rels(("rId1", "worksheet", "worksheets/sheet1.xml"), ("rId2", "styles", "styles.xml")),
    "xl/styles.xml": f'<styleSheet {NS}><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>',
    "xl/worksheets/sheet1.xml": sheet('<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Tanggal</x:t></x:is></x:c></x:row>'
                                      '<x:row r="2"><x:c r="A2" s="1"><x:v>43598</x:v></x:c><x:c r="B2" s="1"><x:v>0</x:v></x:c>'
                                      '<x:c r="C2"><x:v>43598</x:v></x:c></x:row>', "x:"),
})

# A valid zip (a .docx in miniature) without xl/workbook.xml.
write("not-a-workbook.xlsx", {
    "[Content_Types].xml": TYPES, "_rels/.rels": rels(("rId1", "officeDocument", "word/document.xml")),
    "word/document.xml": '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
})

# Damaged on purpose: a worksheet cut off mid-element, and one whose zip headers claim 100 bytes for ~5 kB.
ONE_SHEET = {
    "[Content_Types].xml": TYPES, "_rels/.rels": ROOT_RELS,
    "xl/workbook.xml": workbook([("Data", "rId1")]),
    "xl/_rels/workbook.xml.rels": rels(("rId1", "worksheet", "worksheets/sheet1.xml")),
}
write("broken-sheet.xlsx", {**ONE_SHEET, "xl/worksheets/sheet1.xml": f'<worksheet {NS}><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1" t='})
write("lying-size.xlsx", {**ONE_SHEET, "xl/worksheets/sheet1.xml": sheet("".join(
    f'<row r="{i}"><c r="A{i}"><v>{i}</v></c></row>' for i in range(1, 151)))})
with open(os.path.join(HERE, "lying-size.xlsx"), "r+b") as f:
    data = bytearray(f.read())
    info = zipfile.ZipFile(f).getinfo("xl/worksheets/sheet1.xml")
    struct.pack_into("<I", data, info.header_offset + 22, 100)  # local header: uncompressed size
    directory = struct.unpack_from("<I", data, len(data) - 6)[0]  # from the end record (no comment)
    central = data.index(b"xl/worksheets/sheet1.xml", directory) - 46
    struct.pack_into("<I", data, central + 24, 100)  # central directory: uncompressed size
    f.seek(0); f.write(data)
