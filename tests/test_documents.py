"""A report saved as a PDF or a Word file (.docx) reads as its text does.

The PDFs are printed from real reports by Debian's Chromium (the browser the suite's browser tests drive),
as a layout program sets a report: paragraphs opened by a two-character indent, justified or ragged at
the right margin, with the pages' running header and footer (date, title, address, page n/m) or without.
The Word files are written with python-docx from the same reports: a heading, the paragraphs, a table.
"""

from __future__ import annotations

import html
import io
import re
import subprocess
import zipfile
from pathlib import Path

import docx
import pypdfium2 as pdfium
import pytest
from docx.oxml import parse_xml
from kg.loaders.extract import extract
from kg.loaders.read import read_file
from kg.loaders.read.documents import pdf_text
from kg.loaders.read.split import read_reports
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import ReportError

from .ci import unavailable
from .conftest import DATA, report_path
from .test_html import _facts

CHROMIUM = Path("/usr/bin/chromium")

REPORTS = [
    report_path("chongqing-2026-rd-standing-committee"),
    report_path("gansu-2026-government"),
    report_path("national-2019-government"),
    DATA / "excerpts" / "01_national_2016_rd.txt",  # traditional characters with pinyin glosses
    DATA / "excerpts" / "36_national_2012_court.txt",
    DATA / "excerpts" / "44_guangdong_2023_rd.txt",
]


def _print(text: str, out: Path, justify: bool, furniture: bool) -> Path:
    if not CHROMIUM.exists():
        unavailable(f"{CHROMIUM} is missing (apt-get install -y chromium fonts-wqy-zenhei)")
    paragraphs = "\n".join(f"<p>{html.escape(x.strip(), quote=False)}</p>" for x in text.splitlines() if x.strip())
    style = "p{text-indent:2em;margin:0;line-height:1.6;font-size:16px}" + ("p{text-align:justify}" if justify else "")
    page = out.with_suffix(".html")
    page.write_text(f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>工作报告</title><style>{style}</style></head>'
                    f"<body>{paragraphs}</body></html>", encoding="utf-8")
    args = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={out}", page.as_uri()]
    if not furniture:
        args.insert(-1, "--no-pdf-header-footer")
    subprocess.run(args, check=True, capture_output=True, timeout=180)
    return out


@pytest.mark.parametrize("justify, furniture", [(True, False), (False, True)], ids=["justified", "ragged-with-header-footer"])
@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem)
def test_a_pdf_gives_the_facts_of_its_text(path, justify, furniture, tmp_path):
    text = path.read_text(encoding="utf-8")
    pdf = _print(text, tmp_path / f"{path.stem}.pdf", justify, furniture)
    x = extract(read_file(path, force=True))
    y = extract(read_file(pdf, force=True))
    assert _facts(y) == _facts(x)
    assert (y.report.title, y.report.year, y.report.jurisdiction) == (x.report.title, x.report.year, x.report.jurisdiction)
    assert any("PDF's text layer" in n for n in y.report.notes)
    # evidence offsets point into the text the PDF gave
    doc = read_file(pdf, force=True)
    source = doc.original or doc.text  # (the text as the PDF gave it, before normalisation)
    for e in y.evidence:
        assert source[e.start : e.end] == e.text


def test_a_pdf_s_page_numbers_and_running_lines_are_dropped(tmp_path):
    text = report_path("national-2019-government").read_text(encoding="utf-8")
    pdf = _print(text, tmp_path / "n.pdf", justify=True, furniture=True)
    pages = len(pdfium.PdfDocument(pdf))
    got = pdf_text(pdf.read_bytes(), "n.pdf")
    assert pages >= 10
    assert "工作报告" not in got.splitlines()  # (the page title Chromium prints at the top of every page)
    assert not [line for line in got.splitlines() if line.endswith(f"/{pages}") or line.startswith("file:")]
    # a paragraph across a page break is one line
    assert max(len(line) for line in got.splitlines()) > 400


def _word(text: str, out: Path) -> Path:
    lines = [x.strip() for x in text.splitlines() if x.strip()]
    d = docx.Document()
    d.add_heading(lines[0], level=1)
    for line in lines[1:]:
        d.add_paragraph(line)
    table = d.add_table(rows=2, cols=3)
    for i, cell in enumerate(["指标", "单位", "目标"]):
        table.cell(0, i).text = cell
    for i, cell in enumerate(["居民消费价格涨幅", "%", "2左右"]):
        table.cell(1, i).text = cell
    d.save(str(out))
    return out


@pytest.mark.parametrize("path", REPORTS[1:4], ids=lambda p: p.stem)
def test_a_word_file_gives_the_facts_of_its_text(path, tmp_path):
    text = path.read_text(encoding="utf-8")
    word = _word(text, tmp_path / f"{path.stem}.docx")
    x = extract(read_file(path, force=True))
    y = extract(read_file(word, force=True))
    # the table at the end is a row of text, not a paragraph of the report's (no fact of its own)
    assert _facts(y) == _facts(x)
    assert any("Word file" in n for n in y.report.notes)
    doc = read_file(word, force=True)
    assert (doc.original or doc.text).endswith("指标 单位 目标\n居民消费价格涨幅 % 2左右")


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_PART = re.compile(r"^([一二三四五六七八九十]+)、")
_SECTION = re.compile(r"^（([一二三四五六七八九十]+)）")


def _word_numbered(text: str, out: Path) -> tuple[Path, int]:
    """The report as a Word file whose part and section numbers (一、 （一）) are Word's own: a list of two
    levels in Chinese numbers, restarted where the report starts its parts again at 一."""
    d = docx.Document()
    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {_W} w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        f'<w:lvlText w:val="%1、"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        f'<w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>'))
    num_id, numbered = 90, 0
    numbering.append(parse_xml(f'<w:num {_W} w:numId="{num_id}"><w:abstractNumId w:val="90"/></w:num>'))
    for line in (x.strip() for x in text.splitlines() if x.strip()):
        part, section = _PART.match(line), _SECTION.match(line)
        if part and part.group(1) == "一" and numbered:
            num_id += 1
            numbering.append(parse_xml(f'<w:num {_W} w:numId="{num_id}"><w:abstractNumId w:val="90"/></w:num>'))
        p = d.add_paragraph(line[(part or section).end():] if part or section else line)
        if part or section:
            p._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {_W}><w:ilvl w:val="{0 if part else 1}"/><w:numId w:val="{num_id}"/></w:numPr>'))
            numbered += 1
    d.save(str(out))
    return out, numbered


@pytest.mark.parametrize("path", [report_path("gansu-2026-government"), report_path("chongqing-2026-rd-standing-committee")],
                         ids=lambda p: p.stem)
def test_a_word_file_s_own_numbers_are_written_before_its_headings(path, tmp_path):
    # (the parts are told by their numbers: 一、2025年工作回顾 is the review, 二、2026年工作安排 the plan)
    text = path.read_text(encoding="utf-8")
    word, numbered = _word_numbered(text, tmp_path / f"{path.stem}.docx")
    assert numbered >= 5
    x = extract(read_file(path, force=True))
    y = extract(read_file(word, force=True))
    assert _facts(y) == _facts(x)
    assert [s.title for s in read_file(word, force=True).sections] == [s.title for s in read_file(path, force=True).sections]


def test_documents_that_are_no_report_are_refused_with_the_fix(tmp_path):
    # a scan: pages without a text layer
    blank = pdfium.PdfDocument.new()
    blank.new_page(595, 842)
    scan = tmp_path / "scan.pdf"
    buf = io.BytesIO()
    blank.save(buf)
    scan.write_bytes(buf.getvalue())
    with pytest.raises(ReportError, match="without Chinese text.*OCR"):
        read_file(scan)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50)
    with pytest.raises(ReportError, match="PDF that cannot be read"):
        read_file(broken)
    # a spreadsheet is a ZIP of another Office kind
    sheet = tmp_path / "book.xlsx"
    with zipfile.ZipFile(sheet, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(ReportError, match=r"Office file other than Word's \.docx.*save the report as \.docx, \.pdf or plain text"):
        read_file(sheet)
    # a Word file that would unpack to more than any report (a ZIP bomb: 300 MB of spaces in 0.3 MB)
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", "<w:document/>" + " " * (300 * 1024 * 1024))
    with pytest.raises(ReportError, match="unpacks to 300 MB"):
        read_file(bomb)
    # the command line: one line naming the file and the fix, exit 1
    r = CliRunner().invoke(app, ["extract", str(scan)])
    assert r.exit_code == 1 and "scan.pdf" in r.output and "OCR" in r.output and "Traceback" not in r.output


def test_kg_load_takes_pdf_and_word_files_from_a_folder(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    _word(report_path("gansu-2026-government").read_text(encoding="utf-8"), folder / "gansu.docx")
    _print((DATA / "excerpts" / "36_national_2012_court.txt").read_text(encoding="utf-8"), folder / "court.pdf",
           justify=True, furniture=False)
    (folder / "court.html").unlink()  # (the page the PDF was printed from)
    (folder / "~$gansu.docx").write_bytes(b"\x05user" + b"\x00" * 150)  # (Word's lock file while gansu.docx is open)
    assert [len(read_reports(f)) for f in sorted(folder.iterdir()) if not f.name.startswith("~")] == [1, 1]
    store = tmp_path / "store"
    r = CliRunner().invoke(app, ["load", "--store", str(store), str(folder)])
    assert r.exit_code == 0, r.output
    assert "loaded 2" in r.output and "refused 0" in r.output, r.output


def _archive(page: Path, out: Path) -> Path:
    """The page saved by Chromium as one file (MHTML: Page.captureSnapshot, what "save as a single file" writes)."""
    if not CHROMIUM.exists():
        unavailable(f"{CHROMIUM} is missing (apt-get install -y chromium fonts-wqy-zenhei)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"], headless=True)
        try:
            tab = browser.new_page()
            tab.goto(page.as_uri())
            snapshot = tab.context.new_cdp_session(tab).send("Page.captureSnapshot", {"format": "mhtml"})["data"]
        finally:
            browser.close()
    out.write_bytes(snapshot.encode("utf-8"))
    return out


@pytest.mark.parametrize("path", [REPORTS[1], REPORTS[3]], ids=lambda p: p.stem)
def test_a_web_archive_gives_the_facts_of_its_page(path, tmp_path):
    from .test_html import as_page

    page = tmp_path / f"{path.stem}.html"
    page.write_text(as_page(path.read_text(encoding="utf-8"), chrome=True), encoding="utf-8")
    archive = _archive(page, tmp_path / f"{path.stem}.mhtml")
    assert b"quoted-printable" in archive.read_bytes()[:2000]  # (the page inside, encoded, not text a reader can use)
    x = extract(read_file(path, force=True))
    y = extract(read_file(archive, force=True))
    assert _facts(y) == _facts(x)
    assert any("web archive" in n for n in y.report.notes)


def test_a_web_archive_of_a_gbk_page(tmp_path):
    # an archive whose part names no charset and whose page is GBK (an older site), written with the
    # standard library as other tools write them
    from email.mime.multipart import MIMEMultipart
    from email.mime.nonmultipart import MIMENonMultipart

    text = report_path("hebei-2026-government").read_text(encoding="utf-8")
    body = "".join(f"<p>{html.escape(x)}</p>" for x in text.splitlines() if x.strip())
    page = f'<html><head><meta charset="gbk"></head><body>{body}</body></html>'.encode("gbk")
    envelope = MIMEMultipart("related", type="text/html")
    part = MIMENonMultipart("text", "html")
    part.set_payload(page)
    from email import encoders

    encoders.encode_base64(part)
    envelope.attach(part)
    archive = tmp_path / "hebei.mht"
    archive.write_bytes(envelope.as_bytes())
    x = extract(read_file(report_path("hebei-2026-government"), force=True))
    y = extract(read_file(archive, force=True))
    assert _facts(y) == _facts(x)


def test_a_word_file_s_tracked_changes_and_content_controls(tmp_path):
    # a draft passed around with its changes tracked: the text reads as accepted; a cover page's title in a
    # content control and a line broken by hand inside a paragraph are read too
    d = docx.Document()
    body = d.element.body
    body.insert(0, parse_xml(f'<w:sdt {_W}><w:sdtContent><w:p><w:r><w:t>2026年甘肃省政府工作报告</w:t></w:r></w:p></w:sdtContent></w:sdt>'))
    d.add_paragraph("各位代表：")
    p = d.add_paragraph("一年来，省政府")
    p._p.append(parse_xml(f'<w:ins {_W} w:id="1" w:author="a"><w:r><w:t>提请省人大常委会审议</w:t></w:r></w:ins>'))
    p._p.append(parse_xml(f'<w:del {_W} w:id="2" w:author="a"><w:r><w:delText>制定</w:delText></w:r></w:del>'))
    p._p.append(parse_xml(f'<w:r {_W}><w:t>甘肃省数据条例</w:t></w:r>'))
    p._p.append(parse_xml(f'<w:moveFrom {_W} w:id="3" w:author="a"><w:r><w:t>全省生产总值增长5.5%。</w:t></w:r></w:moveFrom>'))
    p._p.append(parse_xml(f'<w:r {_W}><w:t>。</w:t><w:br/><w:t>全省地区生产总值增长5.5%。</w:t></w:r>'))
    word = tmp_path / "draft.docx"
    d.save(str(word))
    doc = read_file(word, force=True)
    assert (doc.original or doc.text).splitlines() == [
        "2026年甘肃省政府工作报告", "各位代表：", "一年来，省政府提请省人大常委会审议甘肃省数据条例。", "全省地区生产总值增长5.5%。"]
    assert doc.title == "2026年甘肃省政府工作报告"
    x = extract(doc)
    assert [(a.type, a.law) for a in x.actions] == [("reviewing", "law/甘肃省数据条例")]


def test_a_word_file_s_odd_but_valid_parts(tmp_path):
    # a table whose first row continues a merge (python-docx's cells raise on it), a cell merged down four
    # rows, a content control around a cell, a text box Word writes twice (mc:Choice and mc:Fallback), and
    # styles based on each other in a cycle: read, each text once, no error
    d = docx.Document()
    d.add_paragraph("各位代表：")
    tbl = parse_xml(
        f'<w:tbl {_W}><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc></w:tr>'
        '<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>制定条例</w:t></w:r></w:p></w:tc>'
        '<w:tc><w:p><w:r><w:t>第1项</w:t></w:r></w:p></w:tc></w:tr>'
        '<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>第2项</w:t></w:r></w:p></w:tc></w:tr>'
        '<w:tr><w:tc><w:p><w:r><w:t>发布机构</w:t></w:r></w:p></w:tc><w:sdt><w:sdtContent><w:tc><w:p><w:r><w:t>甘肃省人民政府</w:t></w:r></w:p>'
        '</w:tc></w:sdtContent></w:sdt></w:tr></w:tbl>')
    d.element.body.insert(1, tbl)
    box = parse_xml(
        f'<w:p {_W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:r><mc:AlternateContent>'
        '<mc:Choice Requires="wps"><w:t>2026年政府工作报告</w:t></mc:Choice>'
        '<mc:Fallback><w:t>2026年政府工作报告</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>')
    d.element.body.insert(0, box)
    styles = d.styles.element
    styles.append(parse_xml(f'<w:style {_W} w:type="paragraph" w:styleId="A"><w:basedOn w:val="B"/></w:style>'))
    styles.append(parse_xml(f'<w:style {_W} w:type="paragraph" w:styleId="B"><w:basedOn w:val="A"/></w:style>'))
    d.add_paragraph("现在，我代表省人民政府，向大会报告政府工作。", style="A")
    word = tmp_path / "odd.docx"
    d.save(str(word))
    doc = read_file(word, force=True)
    assert (doc.original or doc.text).splitlines() == [
        "2026年政府工作报告", "各位代表：", "指标", "制定条例 第1项", "第2项", "发布机构 甘肃省人民政府",
        "现在，我代表省人民政府，向大会报告政府工作。"]
