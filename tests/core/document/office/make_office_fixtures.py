#!/usr/bin/env python3
"""Writes the DOCX, ODT and EPUB fixtures of the office import tests into a folder.

    make_office_fixtures.py ARTICLE_JSON OUTPUT_DIR

Everything is made here from the standard library (zipfile, zlib, struct), so that no binary file is
committed: the shared test article rendered in each format, small documents for each feature, and
the files every importer must refuse (ZIP bombs, encrypted documents, DOCTYPE tricks, damaged
packages). The C++ tests hold the expected results.
"""

import json
import os
import struct
import sys
import zipfile
import zlib
from xml.sax.saxutils import escape

FIXED_TIME = (2024, 10, 25, 9, 0, 0)  # so that the files are the same on every run

# --------------------------------------------------------------------------------------------- ZIP


def write_zip(path, parts, stored_first=None):
    """parts: list of (name, str | bytes). stored_first: a (name, content) written first, uncompressed
    (the mimetype entry of ODF and EPUB)."""
    with zipfile.ZipFile(path, "w") as archive:
        if stored_first:
            info = zipfile.ZipInfo(stored_first[0], FIXED_TIME)
            info.compress_type = zipfile.ZIP_STORED
            archive.writestr(info, stored_first[1])
        for name, content in parts:
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, content.encode("utf-8") if isinstance(content, str) else content)


def raw_entry(name, content, method=8, flags=0, claimed_size=None, crc=None):
    """An entry for write_raw_zip. content is the plain bytes, or (deflated bytes, real size, crc) for
    data too large to hold. claimed_size replaces the uncompressed size in both headers."""
    if isinstance(content, str):
        content = content.encode("utf-8")
    if isinstance(content, tuple):
        data, size, crc = content
    else:
        size = len(content)
        crc = zlib.crc32(content) if crc is None else crc
        if method == 8:
            compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
            data = compressor.compress(content) + compressor.flush()
        else:
            data = content
    return {
        "name": name.encode("utf-8"),
        "data": data,
        "method": method,
        "flags": flags,
        "crc": crc,
        "size": size if claimed_size is None else claimed_size,
    }


def write_raw_zip(path, entries):
    """A ZIP written by hand, for what zipfile will not write: lying sizes, encryption flags."""
    out = bytearray()
    central = bytearray()
    dos_time, dos_date = 0x4800, 0x5959  # 09:00, 2024-10-25
    for entry in entries:
        offset = len(out)
        name = entry["name"]
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, entry["flags"], entry["method"], dos_time,
                           dos_date, entry["crc"], len(entry["data"]), entry["size"], len(name), 0)
        out += name + entry["data"]
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, entry["flags"], entry["method"],
                               dos_time, dos_date, entry["crc"], len(entry["data"]), entry["size"],
                               len(name), 0, 0, 0, 0, 0, offset)
        central += name
    count = len(entries)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(central), len(out), 0)
    with open(path, "wb") as f:
        f.write(out + central + end)


def deflated_zeros(size):
    """size bytes of zeros as a raw deflate stream, made from one fully flushed 1 MiB segment repeated
    (a full flush resets the compressor, so every segment is the same): a 1 GiB stream in about 1 MB,
    in about a second, instead of deflating a gigabyte."""
    mib = 1 << 20
    assert size % mib == 0
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    segment = compressor.compress(bytes(mib)) + compressor.flush(zlib.Z_FULL_FLUSH)
    final_block = zlib.compressobj(9, zlib.DEFLATED, -15).flush()
    crc = 0
    block = bytes(16 * mib)
    for _ in range(size // len(block)):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(bytes(size % len(block)), crc)
    return segment * (size // mib) + final_block, size, crc


# -------------------------------------------------------------------------------------------- DOCX

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOCX_NAMESPACES = (
    f'xmlns:w="{W_NS}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'mc:Ignorable="wps"'
)
XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def w_run(text, props=""):
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def w_paragraph(content, style=None):
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{props}{content}</w:p>"


def w_note_reference(kind, note_id):
    return (f'<w:r><w:rPr><w:rStyle w:val="{kind.capitalize()}Reference"/></w:rPr>'
            f'<w:{kind}Reference w:id="{note_id}"/></w:r>')


def docx_notes(kind, notes):
    """notes: list of (id, text). Word's separator and continuation notes come first."""
    body = (f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
            f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
            f"</w:r></w:p></w:{kind}>")
    for note_id, text in notes:
        body += (f'<w:{kind} w:id="{note_id}"><w:p><w:pPr><w:pStyle w:val="{kind.capitalize()}Text"/></w:pPr>'
                 f'<w:r><w:rPr><w:rStyle w:val="{kind.capitalize()}Reference"/></w:rPr><w:{kind}Ref/></w:r>'
                 f"{w_run(' ' + text)}</w:p></w:{kind}>")
    return f"{XML_DECLARATION}<w:{kind}s {DOCX_NAMESPACES}>{body}</w:{kind}s>"


def docx_styles(headings=(("Heading1", "heading 1"), ("Heading2", "heading 2"))):
    styles = '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
    for style_id, name in headings:
        styles += (f'<w:style w:type="paragraph" w:styleId="{style_id}"><w:name w:val="{name}"/>'
                   '<w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr></w:style>')
    styles += ('<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/>'
               '<w:basedOn w:val="Normal"/></w:style>')
    return f"{XML_DECLARATION}<w:styles {DOCX_NAMESPACES}>{styles}</w:styles>"


def docx_core(title=None, creator=None, created=None, modified=None, language=None):
    fields = ""
    if title is not None:
        fields += f"<dc:title>{escape(title)}</dc:title>"
    if creator is not None:
        fields += f"<dc:creator>{escape(creator)}</dc:creator>"
    if language is not None:
        fields += f"<dc:language>{language}</dc:language>"
    if created is not None:
        fields += f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
    if modified is not None:
        fields += f'<dcterms:modified xsi:type="dcterms:W3CDTF">{modified}</dcterms:modified>'
    return (f"{XML_DECLARATION}<cp:coreProperties "
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
            f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">{fields}</cp:coreProperties>')


def docx_parts(body, footnotes=None, endnotes=None, core=None, styles=None, document=None):
    """The parts of a DOCX whose w:body holds `body`; `document` replaces word/document.xml whole."""
    overrides = ('<Override PartName="/word/document.xml" ContentType="application/'
                 'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>')
    document_rels = ""
    parts = []
    if styles is None:
        styles = docx_styles()
    if styles:
        parts.append(("word/styles.xml", styles))
        document_rels += f'<Relationship Id="rId1" Type="{REL}/styles" Target="styles.xml"/>'
    if footnotes:
        parts.append(("word/footnotes.xml", footnotes))
        document_rels += f'<Relationship Id="rId2" Type="{REL}/footnotes" Target="footnotes.xml"/>'
    if endnotes:
        parts.append(("word/endnotes.xml", endnotes))
        document_rels += f'<Relationship Id="rId3" Type="{REL}/endnotes" Target="endnotes.xml"/>'
    document_rels += (f'<Relationship Id="rId9" Type="{REL}/hyperlink" Target="https://example.org/report" '
                      'TargetMode="External"/>')
    package_rels = f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/>'
    if core:
        parts.append(("docProps/core.xml", core))
        package_rels += ('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
                         'relationships/metadata/core-properties" Target="docProps/core.xml"/>')
    if document is None:
        document = (f"{XML_DECLARATION}<w:document {DOCX_NAMESPACES}><w:body>{body}"
                    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    relationships = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    return [
        ("[Content_Types].xml",
         f'{XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         f'<Default Extension="xml" ContentType="application/xml"/>{overrides}</Types>'),
        ("_rels/.rels", f"{XML_DECLARATION}{relationships}{package_rels}</Relationships>"),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", f"{XML_DECLARATION}{relationships}{document_rels}</Relationships>"),
    ] + parts


def write_docx(path, body, **kwargs):
    write_zip(path, docx_parts(body, **kwargs))


# The language an article declares, as a word processor writes it.
LANGUAGE_TAGS = {"en": "en-US", "ru": "ru-RU", "tr": "tr-TR"}


def article_docx(article, path):
    body = ""
    first = True
    for block in article["blocks"]:
        if "heading" in block:
            body += w_paragraph(w_run(block["heading"]), "Heading1" if first else "Heading2")
            first = False
            continue
        text = block["paragraph"]
        # Split into runs the way Word does at a formatting change, in the middle of the sentence.
        middle = text.find(" ", len(text) // 2)
        runs = w_run(text[:middle]) + w_run(text[middle:], '<w:rPr><w:i/></w:rPr>')
        if "footnote" in block:
            runs += w_note_reference("footnote", block["footnote"] + 1)
        body += w_paragraph(runs)
    notes = docx_notes("footnote", [(i + 1, text) for i, text in enumerate(article["footnotes"])])
    core = docx_core(article["title"], article["author"], article["date"] + "T09:00:00Z",
                     "2024-11-02T12:00:00Z", LANGUAGE_TAGS[article["language"]])
    write_docx(path, body, footnotes=notes, core=core)


def feature_docx(out):
    write_docx(os.path.join(out, "docx-tracked-changes.docx"), w_paragraph(
        w_run("Trade ")
        + '<w:del w:id="1" w:author="Editor"><w:r><w:delText>fell</w:delText></w:r></w:del>'
        + '<w:ins w:id="2" w:author="Editor">' + w_run("rose") + "</w:ins>"
        # Word keeps deleted text in w:delText; other writers leave w:t inside w:del, equally valid.
        + '<w:del w:id="5" w:author="Converter">' + w_run(" and fell") + "</w:del>"
        + w_run(" sharply")
        + '<w:moveFrom w:id="3" w:author="Editor"><w:r><w:t> last year</w:t></w:r></w:moveFrom>'
        + w_run(".")) + w_paragraph(
        '<w:moveTo w:id="4" w:author="Editor">' + w_run("Last year, it seems.") + "</w:moveTo>"))

    field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
             '<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.org/report" </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + w_run("the report")
             + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    write_docx(os.path.join(out, "docx-fields.docx"), w_paragraph(
        w_run("See ") + field + w_run(", dated ")
        + '<w:fldSimple w:instr=" DATE \\@ &quot;d.M.yyyy&quot; "><w:r><w:t>25.10.2024</w:t></w:r></w:fldSimple>'
        + w_run(", and ") + '<w:hyperlink r:id="rId9">' + w_run("the annex", '<w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>')
        + "</w:hyperlink>" + w_run(".")))

    def cell(*paragraphs):
        return ('<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>'
                + "".join(w_paragraph(w_run(p)) if p else "<w:p/>" for p in paragraphs) + "</w:tc>")

    table = ('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/>'
             '<w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>'
             f'<w:tr>{cell("Year")}{cell("Value")}{cell("Note")}</w:tr>'
             f'<w:tr>{cell("2023")}{cell("43.5")}{cell("")}</w:tr>'
             f'<w:tr>{cell("2024")}{cell("n/a")}{cell("First line", "Second line")}</w:tr></w:tbl>')
    write_docx(os.path.join(out, "docx-table.docx"),
               w_paragraph(w_run("Before.")) + table + w_paragraph(w_run("After.")))

    def item(text, level=0):
        return (f'<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="{level}"/>'
                f'<w:numId w:val="1"/></w:numPr></w:pPr>{w_run(text)}</w:p>')

    write_docx(os.path.join(out, "docx-lists.docx"),
               w_paragraph(w_run("Members:")) + item("Brazil") + item("Russia") + item("Moscow", 1) + item("India"))

    write_docx(os.path.join(out, "docx-breaks.docx"), w_paragraph(
        '<w:r><w:tab/><w:t>Line one</w:t><w:br/><w:t xml:space="preserve">Line two  </w:t><w:tab/>'
        '<w:t>after a tab</w:t><w:cr/><w:t xml:space="preserve">Two  spaces stay; Kassym</w:t>'
        '<w:noBreakHyphen/><w:t>Jomart</w:t></w:r>')
        + '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>' + w_run("Tab stops are not tabs.") + "</w:p>")

    textbox = ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic>'
               '<a:graphicData><wps:wsp><wps:txbx><w:txbxContent>' + w_paragraph(w_run("Box text."))
               + '</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
               '</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>'
               + w_paragraph(w_run("Box text.")) + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
               "</mc:AlternateContent></w:r>")
    write_docx(os.path.join(out, "docx-hidden-and-textbox.docx"), w_paragraph(
        w_run("Visible") + w_run(" secret", "<w:rPr><w:vanish/></w:rPr>")
        + w_run(" and shown", '<w:rPr><w:vanish w:val="0"/></w:rPr>') + w_run(" text.") + textbox
        + w_run("After the box.")))

    write_docx(os.path.join(out, "docx-notes.docx"),
               w_paragraph(w_run("A claim.") + w_note_reference("endnote", 5) + w_run(" Another claim.")
                           + w_note_reference("footnote", 2))
               + w_paragraph(w_run("The first claim again.") + w_note_reference("endnote", 5)),
               footnotes=docx_notes("footnote", [(1, "Never referenced."), (2, "Footnote text.")]),
               endnotes=docx_notes("endnote", [(5, "Endnote text.")]))

    # A German Word names its heading style ids in German; the style's name says what it is.
    write_docx(os.path.join(out, "docx-localised-styles.docx"),
               w_paragraph(w_run("Песков: решение за Казахстаном"), "berschrift1")
               + w_paragraph(w_run("Пресс-секретарь президента заявил журналистам, что решение о вступлении "
                                   "в объединение остаётся за самим Казахстаном и его руководством.")),
               styles=docx_styles((("berschrift1", "heading 1"),)))


# --------------------------------------------------------------------------------------------- ODT

ODF_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3"'
)
ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"


def odt_content(body):
    return (f"{XML_DECLARATION}<office:document-content {ODF_NAMESPACES}><office:automatic-styles/>"
            f"<office:body><office:text><text:sequence-decls><text:sequence-decl text:display-outline-level="
            f'"0" text:name="Table"/></text:sequence-decls>{body}</office:text></office:body>'
            "</office:document-content>")


def odt_meta(title=None, initial_creator=None, creator=None, created=None, saved=None, language=None):
    fields = ""
    if title is not None:
        fields += f"<dc:title>{escape(title)}</dc:title>"
    if initial_creator is not None:
        fields += f"<meta:initial-creator>{escape(initial_creator)}</meta:initial-creator>"
    if creator is not None:
        fields += f"<dc:creator>{escape(creator)}</dc:creator>"
    if created is not None:
        fields += f"<meta:creation-date>{created}</meta:creation-date>"
    if saved is not None:
        fields += f"<dc:date>{saved}</dc:date>"
    if language is not None:
        fields += f"<dc:language>{language}</dc:language>"
    return (f"{XML_DECLARATION}<office:document-meta {ODF_NAMESPACES}><office:meta>{fields}"
            "</office:meta></office:document-meta>")


def odt_manifest(encrypted=False):
    encryption = ""
    if encrypted:
        encryption = (
            '<manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:'
            'manifest:1.0#sha256-1k" manifest:checksum="AAAA">'
            '<manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" '
            'manifest:initialisation-vector="AAAA"/><manifest:key-derivation manifest:key-derivation-name='
            '"PBKDF2" manifest:key-size="32" manifest:iteration-count="100000" manifest:salt="AAAA"/>'
            "</manifest:encryption-data>")
    return (f'{XML_DECLARATION}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:'
            'manifest:1.0" manifest:version="1.3">'
            f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{ODT_MIMETYPE}"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml" '
            f'manifest:size="1234">{encryption}</manifest:file-entry>'
            '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
            "</manifest:manifest>")


def write_odt(path, body=None, meta=None, content=None, encrypted=False, manifest=True):
    parts = []
    if manifest:
        parts.append(("META-INF/manifest.xml", odt_manifest(encrypted)))
    parts.append(("content.xml", content if content is not None else odt_content(body)))
    parts.append(("styles.xml", f"{XML_DECLARATION}<office:document-styles {ODF_NAMESPACES}/>"))
    if meta:
        parts.append(("meta.xml", meta))
    write_zip(path, parts, stored_first=("mimetype", ODT_MIMETYPE))


def article_odt(article, path):
    body = ""
    first = True
    for block in article["blocks"]:
        if "heading" in block:
            level = 1 if first else 2
            first = False
            body += (f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">'
                     f'{escape(block["heading"])}</text:h>')
            continue
        text = block["paragraph"]
        words = text.split(" ")
        # Spans where a style changes, and the line wrapping an XML writer may put in running text.
        styled = (f'<text:span text:style-name="T1">{escape(words[0])}</text:span> '
                  + escape(" ".join(words[1:4])) + "\n      " + escape(" ".join(words[4:])))
        if "footnote" in block:
            number = block["footnote"] + 1
            styled += (f'<text:note text:id="ftn{number}" text:note-class="footnote"><text:note-citation>'
                       f'{number}</text:note-citation><text:note-body><text:p text:style-name="Footnote">'
                       f'{escape(article["footnotes"][block["footnote"]])}</text:p></text:note-body></text:note>')
        body += f'<text:p text:style-name="Text_20_body">{styled}</text:p>'
    meta = odt_meta(article["title"], article["author"], "Night Desk", article["date"] + "T09:00:00",
                    "2024-11-02T12:00:00", LANGUAGE_TAGS[article["language"]])
    write_odt(path, body, meta)


def feature_odt(out):
    write_odt(os.path.join(out, "odt-spaces.odt"),
              '<text:p>a<text:s text:c="3"/>b and c <text:s text:c="2"/>d;   lead<text:s/>e</text:p>'
              '<text:p>  <text:tab/>Tab<text:tab/>stop<text:line-break/>  next   line </text:p>'
              '<text:p>huge<text:s text:c="2000000000"/>gap</text:p>')

    write_odt(os.path.join(out, "odt-lists.odt"),
              "<text:p>Members:</text:p><text:list><text:list-item><text:p>Brazil</text:p></text:list-item>"
              "<text:list-item><text:p>Russia</text:p><text:list><text:list-item><text:p>Moscow</text:p>"
              "</text:list-item></text:list></text:list-item><text:list-header><text:p>India</text:p>"
              "</text:list-header></text:list><text:section text:name='S1'><text:p>In a section.</text:p>"
              "</text:section>")

    def cell(*paragraphs, covered=False):
        if covered:
            return "<table:covered-table-cell/>"
        return ('<table:table-cell office:value-type="string">'
                + "".join(f"<text:p>{p}</text:p>" for p in paragraphs) + "</table:table-cell>")

    write_odt(os.path.join(out, "odt-table.odt"),
              '<text:p>Before.</text:p><table:table table:name="T"><table:table-column table:number-columns-'
              'repeated="3"/><table:table-header-rows><table:table-row>' + cell("Year") + cell("Value")
              + cell("Note") + "</table:table-row></table:table-header-rows><table:table-row>" + cell("2023")
              + cell("43.5") + cell() + "</table:table-row><table:table-row>"
              + '<table:table-cell table:number-columns-spanned="2"><text:p>merged</text:p></table:table-cell>'
              + cell(covered=True) + cell("First line", "Second line")
              + "</table:table-row></table:table><text:p>After.</text:p>")

    write_odt(os.path.join(out, "odt-tracked-changes.odt"),
              '<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><office:change-info>'
              "<dc:creator>Editor</dc:creator></office:change-info><text:p>fell</text:p></text:deletion>"
              '</text:changed-region></text:tracked-changes><text:p>Trade <text:change text:change-id="ct1"/>'
              '<text:change-start text:change-id="ct2"/>rose<text:change-end text:change-id="ct2"/> sharply.'
              "<office:annotation><dc:creator>Editor</dc:creator><text:p>Check this.</text:p></office:annotation>"
              '</text:p><text:p>A <draw:frame><draw:image xlink:href="Pictures/x.png"><svg:title>Chart</svg:title>'
              "</draw:image></draw:frame>picture.</text:p>")

    write_odt(os.path.join(out, "odt-notes.odt"),
              '<text:p>A claim.<text:note text:id="e1" text:note-class="endnote"><text:note-citation>i'
              "</text:note-citation><text:note-body><text:p>Endnote text.</text:p></text:note-body></text:note>"
              ' Another claim.<text:note text:id="f1" text:note-class="footnote"><text:note-citation>1'
              "</text:note-citation><text:note-body><text:p>Footnote,</text:p><text:p>two paragraphs.</text:p>"
              "</text:note-body></text:note></text:p>"
              "<text:h text:outline-level=\"1\">Заголовок</text:h><text:p>Политолог заявил, что статус партнёра "
              "даёт Астане доступ к проектам объединения без политических обязательств.</text:p>")


# -------------------------------------------------------------------------------------------- EPUB

OPF_NS = "http://www.idpf.org/2007/opf"
EPUB_MIMETYPE = "application/epub+zip"
CONTAINER = ('<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:'
             'container"><rootfiles><rootfile full-path="{path}" media-type="application/oebps-package+xml"/>'
             "</rootfiles></container>")


def xhtml(title, body, lang="en", doctype=""):
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n{doctype}<html xmlns="http://www.w3.org/1999/xhtml" '
            f'xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="{lang}" lang="{lang}"><head>'
            f'<title>{escape(title)}</title><link rel="stylesheet" href="../styles/book.css"/></head>'
            f"<body>{body}</body></html>")


def opf(metadata, items, spine, version="3.0"):
    """items: list of (id, href, media-type, properties); spine: list of (idref, linear)."""
    manifest = "".join(
        f'<item id="{i}" href="{h}" media-type="{m}"' + (f' properties="{p}"' if p else "") + "/>"
        for i, h, m, p in items)
    refs = "".join(f'<itemref idref="{i}"' + ("" if linear else ' linear="no"') + "/>" for i, linear in spine)
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<package xmlns="{OPF_NS}" version="{version}" '
            'unique-identifier="uid"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/" '
            f'xmlns:opf="{OPF_NS}">{metadata}</metadata><manifest>{manifest}</manifest>'
            f"<spine>{refs}</spine></package>")


def write_epub(path, opf_text, files, opf_path="OEBPS/content.opf", extra_meta_inf=(), container=True):
    parts = []
    if container:
        parts.append(("META-INF/container.xml", CONTAINER.format(path=opf_path)))
    parts += list(extra_meta_inf)
    parts.append((opf_path, opf_text))
    parts += files
    write_zip(path, parts, stored_first=("mimetype", EPUB_MIMETYPE))


def simple_epub(path, chapter_body, opf_text=None, chapter_doctype="", extra_meta_inf=()):
    chapter = xhtml("Chapter", chapter_body, doctype=chapter_doctype)
    if opf_text is None:
        opf_text = opf('<dc:identifier id="uid">urn:uuid:1</dc:identifier><dc:title>Simple</dc:title>'
                       "<dc:language>en</dc:language>",
                       [("c1", "text/c1.xhtml", "application/xhtml+xml", "")], [("c1", True)])
    write_epub(path, opf_text, [("OEBPS/text/c1.xhtml", chapter)], extra_meta_inf=extra_meta_inf)


def article_epub(article, path):
    # One chapter per heading, as a book would be split.
    chapters = []
    for block in article["blocks"]:
        if "heading" in block:
            level = "h1" if not chapters else "h2"
            chapters.append(f"<section><{level}>{escape(block['heading'])}</{level}>")
            continue
        text = escape(block["paragraph"])
        if "footnote" in block:
            n = block["footnote"] + 1
            text += (f'<sup><a epub:type="noteref" id="ref{n}" href="#fn{n}">{n}</a></sup></p>'
                     f'<aside epub:type="footnote" id="fn{n}"><p><a href="#ref{n}">{n}</a> '
                     f'{escape(article["footnotes"][block["footnote"]])}</p></aside><p class="after">')
        chapters[-1] += f"<p>{text}</p>"
    chapters = [c + "</section>" for c in chapters]
    languages = ["en", "en", "ru", "tr"]
    files = [(f"OEBPS/text/ch{i + 1}.xhtml", xhtml(f"Part {i + 1}", body, languages[i % 4]))
             for i, body in enumerate(chapters)]
    files.append(("OEBPS/nav.xhtml", xhtml("Contents", '<nav epub:type="toc"><ol><li><a href="text/ch1.xhtml">'
                                           "Start</a></li></ol></nav>")))
    files.append(("OEBPS/styles/book.css", "p { margin: 0 }"))
    items = [("nav", "nav.xhtml", "application/xhtml+xml", "nav"),
             ("css", "styles/book.css", "text/css", "")]
    items += [(f"ch{i + 1}", f"text/ch{i + 1}.xhtml", "application/xhtml+xml", "") for i in range(len(chapters))]
    metadata = ('<dc:identifier id="uid">urn:uuid:0b7e6a5c-claimscope</dc:identifier>'
                f"<dc:title>{escape(article['title'])}</dc:title>"
                f"<dc:creator>{escape(article['author'])}</dc:creator>"
                f"<dc:date>{article['date']}</dc:date><dc:language>{article['language']}</dc:language>"
                "<dc:publisher>Claimscope Test Press</dc:publisher>"
                '<meta property="dcterms:modified">2024-11-02T12:00:00Z</meta>')
    write_epub(path, opf(metadata, items, [(f"ch{i + 1}", True) for i in range(len(chapters))]), files)


def feature_epub(out):
    # Endnotes in a notes document of their own (linear="no"), a footnote under its paragraph, links
    # across documents, a back link, a note nobody links to, and a spine that is not manifest order.
    ch1 = xhtml("One", '<h1>Notes everywhere</h1><p>First claim.<a epub:type="noteref" id="r1" '
                'href="notes.xhtml#en1">1</a> Second claim.<a epub:type="noteref" href="#fn1">*</a></p>'
                '<aside epub:type="footnote" id="fn1"><p>A footnote.</p></aside>')
    ch2 = xhtml("Two", '<p>Third claim.<sup><a href="notes.xhtml#en2" id="r2">2</a></sup> '
                'Again the first.<a epub:type="noteref" href="notes.xhtml#en1">1</a></p>')
    notes = xhtml("Notes", '<section epub:type="endnotes" role="doc-endnotes"><h2>Notes</h2><ol>'
                  '<li epub:type="endnote" id="en1"><p>Endnote one. <a epub:type="backlink" href="one.xhtml">'
                  "↩</a></p></li>"
                  '<li id="en2" role="doc-endnote"><p><a href="two.xhtml#r2">2.</a> Endnote two.</p></li>'
                  '<li epub:type="endnote" id="en3"><p>Nobody links here.</p></li></ol></section>')
    items = [("notes", "notes.xhtml", "application/xhtml+xml", ""),
             ("two", "two.xhtml", "application/xhtml+xml", ""),
             ("one", "one.xhtml", "application/xhtml+xml", ""),
             ("cover", "cover.jpg", "image/jpeg", "")]
    write_epub(os.path.join(out, "epub-notes.epub"),
               opf('<dc:identifier id="uid">x</dc:identifier><dc:title>Notes</dc:title>'
                   "<dc:language>en</dc:language>", items, [("one", True), ("two", True), ("notes", False)]),
               [("OEBPS/one.xhtml", ch1), ("OEBPS/two.xhtml", ch2), ("OEBPS/notes.xhtml", notes),
                ("OEBPS/cover.jpg", b"\xff\xd8\xff\xe0 not really a jpeg")])

    # EPUB 2: the XHTML 1.1 DOCTYPE (its DTD is never loaded; here it names a port nothing serves),
    # HTML entities, dates marked with opf:event, several creators, a path with a space, and no
    # dc:title, so the title comes from the first chapter.
    doctype = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" '
               '"http://127.0.0.1:9/xhtml11.dtd">\n')
    chapter = xhtml("Kazan summit", "<h1>Kazan summit</h1><p>Heads&#160;of state met &amp; talked&nbsp;"
                    "at length.</p>", doctype=doctype)
    metadata = ('<dc:identifier id="uid">x</dc:identifier><dc:creator opf:role="aut">Aruzhan Temirova'
                '</dc:creator><dc:creator opf:role="aut">Marat Seitov</dc:creator><dc:date opf:event='
                '"modification">2024-11-02</dc:date><dc:date opf:event="publication">2024-10-23</dc:date>'
                "<dc:language>en-GB</dc:language>")
    write_epub(os.path.join(out, "epub-epub2.epub"),
               opf(metadata, [("c1", "Text/Kazan%20summit.xhtml", "application/xhtml+xml", ""),
                              ("ncx", "toc.ncx", "application/x-dtbncx+xml", "")], [("c1", True)], "2.0"),
               [("OEBPS/Text/Kazan summit.xhtml", chapter),
                ("OEBPS/toc.ncx", '<?xml version="1.0"?><!DOCTYPE ncx PUBLIC "-//NISO//DTD ncx 2005-1//EN" '
                 '"http://www.daisy.org/z3986/2005/ncx-2005-1.dtd"><ncx/>')])

    # Obfuscated fonts are listed in encryption.xml too; they do not keep us from the text.
    encryption = ('<?xml version="1.0"?><encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
                  'xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData><enc:EncryptionMethod '
                  'Algorithm="http://www.idpf.org/2008/embedding"/><enc:CipherData><enc:CipherReference '
                  'URI="OEBPS/fonts/serif.otf"/></enc:CipherData></enc:EncryptedData></encryption>')
    simple_epub(os.path.join(out, "epub-obfuscated-fonts.epub"), "<p>Fonts are only obfuscated.</p>",
                extra_meta_inf=[("META-INF/encryption.xml", encryption), ("OEBPS/fonts/serif.otf", b"\x00" * 64)])


# ---------------------------------------------------------------------------------------- refusals

BILLION_LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol">'
                  + "".join(f'<!ENTITY lol{i} "' + f"&lol{i - 1 if i > 1 else ''};" * 10 + '">'
                            for i in range(1, 10))
                  + "]>")


def external_entity(url):
    return f'<!DOCTYPE doc [<!ENTITY xxe SYSTEM "{url}">]>'


def with_doctype(xml_text, doctype, entity):
    """Puts `doctype` after the XML declaration and a reference to `entity` into the first text."""
    head, _, rest = xml_text.partition("\n") if xml_text.startswith("<?xml") else ("", "", xml_text)
    return head + "\n" + doctype + rest.replace("REPLACEME", f"&{entity};")


def cfb(stream_names):
    """An OLE compound file (version 3) whose directory holds these empty streams: what Office writes
    for a password-protected DOCX, minus the encrypted bytes."""
    free, end_of_chain, fat_sector, no_stream = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
    header = bytearray(512)
    header[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIIII", header, 40, 0, 1, 1, 0, 4096, end_of_chain, 0, end_of_chain, 0)
    struct.pack_into("<109I", header, 76, *([0] + [free] * 108))
    fat = struct.pack("<128I", *([fat_sector, end_of_chain] + [free] * 126))

    def entry(name, kind, child=no_stream, right=no_stream):
        record = bytearray(128)
        encoded = name.encode("utf-16-le")
        record[0:len(encoded)] = encoded
        struct.pack_into("<HBB", record, 64, len(encoded) + 2, kind, 1)
        struct.pack_into("<III", record, 68, no_stream, right, child)
        struct.pack_into("<IQ", record, 116, end_of_chain, 0)
        return bytes(record)

    entries = [entry("Root Entry", 5, child=1)]
    for i, name in enumerate(stream_names):
        entries.append(entry(name, 2, right=i + 2 if i + 1 < len(stream_names) else no_stream))
    directory = b"".join(entries).ljust(512, b"\x00")
    return bytes(header) + fat + directory


def refusals(out, article):
    bomb = deflated_zeros(1 << 30)
    ratio = deflated_zeros(50 << 20)
    docx_base = dict(docx_parts(w_paragraph(w_run("Text."))))

    def docx_with(path, document_entry, extra=()):
        entries = [raw_entry(n, c) for n, c in docx_base.items() if n != "word/document.xml"]
        write_raw_zip(path, entries[:2] + [document_entry] + entries[2:] + list(extra))

    # An honest bomb: the headers say 1 GiB. A lying one: they say 50 MiB (under the entry limit, at
    # a believable ratio), but the data inflates to 1 GiB. A ratio bomb: 50 MiB of zeros, honestly.
    docx_with(os.path.join(out, "docx-bomb.docx"), raw_entry("word/document.xml", bomb))
    docx_with(os.path.join(out, "docx-bomb-lying-header.docx"),
              raw_entry("word/document.xml", bomb, claimed_size=50 << 20))
    docx_with(os.path.join(out, "docx-ratio-bomb.docx"), raw_entry("word/document.xml", ratio))
    docx_with(os.path.join(out, "docx-zip-encrypted-entry.docx"),
              raw_entry("word/document.xml", docx_base["word/document.xml"], flags=1))
    # Many entries: the limit is 10,000.
    docx_with(os.path.join(out, "docx-too-many-entries.docx"),
              raw_entry("word/document.xml", docx_base["word/document.xml"]),
              [raw_entry(f"word/media/empty{i}.bin", b"", method=0) for i in range(10_001)])

    odt_parts = [("mimetype", ODT_MIMETYPE, 0), ("META-INF/manifest.xml", odt_manifest(), 8)]
    write_raw_zip(os.path.join(out, "odt-bomb.odt"),
                  [raw_entry(n, c, method=m) for n, c, m in odt_parts] + [raw_entry("content.xml", bomb)])
    epub_head = [raw_entry("mimetype", EPUB_MIMETYPE, method=0),
                 raw_entry("META-INF/container.xml", CONTAINER.format(path="OEBPS/content.opf")),
                 raw_entry("OEBPS/content.opf", opf('<dc:title>Bomb</dc:title>',
                                                    [("c1", "c1.xhtml", "application/xhtml+xml", "")],
                                                    [("c1", True)]))]
    write_raw_zip(os.path.join(out, "epub-bomb.epub"), epub_head + [raw_entry("OEBPS/c1.xhtml", bomb)])

    # Encrypted documents.
    with open(os.path.join(out, "docx-encrypted.docx"), "wb") as f:
        f.write(cfb(["EncryptionInfo", "EncryptedPackage"]))
    with open(os.path.join(out, "docx-word97.docx"), "wb") as f:
        f.write(cfb(["WordDocument", "1Table"]))
    write_zip(os.path.join(out, "odt-encrypted.odt"),
              [("META-INF/manifest.xml", odt_manifest(encrypted=True)), ("content.xml", os.urandom(512))],
              stored_first=("mimetype", ODT_MIMETYPE))
    drm = ('<?xml version="1.0"?><encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
           'xmlns:enc="http://www.w3.org/2001/04/xmlenc#" xmlns:ds="http://www.w3.org/2000/09/xmldsig#">'
           '<enc:EncryptedData><enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/>'
           '<ds:KeyInfo><resource xmlns="http://ns.adobe.com/adept">urn:uuid:0</resource></ds:KeyInfo>'
           '<enc:CipherData><enc:CipherReference URI="OEBPS/text/c1.xhtml"/></enc:CipherData>'
           "</enc:EncryptedData></encryption>")
    write_epub(os.path.join(out, "epub-drm.epub"),
               opf("<dc:title>Locked</dc:title>", [("c1", "text/c1.xhtml", "application/xhtml+xml", "")],
                   [("c1", True)]),
               [("OEBPS/text/c1.xhtml", os.urandom(1024))],
               extra_meta_inf=[("META-INF/encryption.xml", drm), ("META-INF/rights.xml", "<rights/>")])

    # DOCTYPE tricks: billion laughs and external entities (a local file, and a port on this machine
    # where nothing listens) in the main part of each format, and in a DOCX's metadata part.
    doctypes = {
        "laughs": (BILLION_LAUGHS, "lol9"),
        "xxe-file": (external_entity("file:///etc/passwd"), "xxe"),
        "xxe-http": (external_entity("http://127.0.0.1:9/claimscope-xxe"), "xxe"),
    }
    for name, (doctype, entity) in doctypes.items():
        document = with_doctype(docx_parts(w_paragraph(w_run("REPLACEME")))[2][1], doctype, entity)
        write_docx(os.path.join(out, f"docx-{name}.docx"), None, document=document)
        content = with_doctype(odt_content("<text:p>REPLACEME</text:p>"), doctype, entity)
        write_odt(os.path.join(out, f"odt-{name}.odt"), content=content)
        package = with_doctype(opf('<dc:identifier id="uid">x</dc:identifier><dc:title>REPLACEME</dc:title>',
                                   [("c1", "text/c1.xhtml", "application/xhtml+xml", "")], [("c1", True)]),
                               doctype, entity)
        simple_epub(os.path.join(out, f"epub-{name}.epub"), "<p>Chapter text.</p>", opf_text=package)
        # In a chapter, through the HTML parser.
        simple_epub(os.path.join(out, f"epub-chapter-{name}.epub"), f"<p>Before &{entity}; after.</p>",
                    chapter_doctype=doctype + "\n")
    write_docx(os.path.join(out, "docx-xxe-core.docx"), w_paragraph(w_run("Text.")),
               core=with_doctype(docx_core(title="REPLACEME"), external_entity("file:///etc/passwd"), "xxe"))

    # Damaged and wrong files.
    for fmt, writer in (("docx", lambda p: article_docx(article, p)), ("odt", lambda p: article_odt(article, p)),
                        ("epub", lambda p: article_epub(article, p))):
        whole = os.path.join(out, f"{fmt}-whole.tmp")
        writer(whole)
        with open(whole, "rb") as f:
            data = f.read()
        os.remove(whole)
        with open(os.path.join(out, f"{fmt}-truncated.{fmt}"), "wb") as f:
            f.write(data[: len(data) // 2])
        with open(os.path.join(out, f"{fmt}-not-a-zip.{fmt}"), "wb") as f:
            f.write("Просто текст, не архив.\n".encode("utf-8"))
    write_zip(os.path.join(out, "docx-no-main-part.docx"),
              [p for p in docx_parts(w_paragraph(w_run("x"))) if p[0] != "word/document.xml"])
    write_zip(os.path.join(out, "odt-no-content.odt"),
              [("META-INF/manifest.xml", odt_manifest()), ("meta.xml", odt_meta(title="No content"))],
              stored_first=("mimetype", ODT_MIMETYPE))
    write_zip(os.path.join(out, "epub-no-package.epub"),
              [("META-INF/container.xml", CONTAINER.format(path="OEBPS/content.opf")),
               ("OEBPS/text/c1.xhtml", xhtml("Chapter", "<p>Orphan chapter.</p>"))],
              stored_first=("mimetype", EPUB_MIMETYPE))
    write_zip(os.path.join(out, "epub-no-container.epub"), [("OEBPS/content.opf", "<package/>")],
              stored_first=("mimetype", EPUB_MIMETYPE))
    write_docx(os.path.join(out, "docx-malformed.docx"), None,
               document=f"{XML_DECLARATION}<w:document {DOCX_NAMESPACES}><w:body><w:p><w:r><w:t>Open"
                        "</w:r></w:p></w:body></w:document>")
    write_odt(os.path.join(out, "odt-malformed.odt"), content=odt_content("<text:p>Open</text:span>"))
    write_docx(os.path.join(out, "docx-empty.docx"), "<w:p/><w:p><w:r><w:t xml:space=\"preserve\">   </w:t></w:r></w:p>",
               core=docx_core(title="Nothing here"))
    write_odt(os.path.join(out, "odt-empty.odt"), "<text:p/><text:p>  <text:s text:c=\"4\"/></text:p>")
    simple_epub(os.path.join(out, "epub-empty.epub"), '<p><img src="cover.jpg" alt="Cover"/></p>')

    # For ZipArchive itself: three 600 KiB entries stored as they are, one whose checksum is wrong, and
    # two entries of one name, the second a bomb.
    text = (" ".join(f"word{i * 7919 % 10007}" for i in range(80_000))).encode()[: 600 * 1024]
    write_raw_zip(os.path.join(out, "zip-three-entries.zip"),
                  [raw_entry(n, text, method=0) for n in ("a.txt", "b.txt", "c.txt")])
    write_raw_zip(os.path.join(out, "zip-bad-checksum.zip"), [raw_entry("a.txt", b"checksum me", crc=1234)])
    write_raw_zip(os.path.join(out, "zip-duplicate-names.zip"),
                  [raw_entry("a.txt", b"small and honest"), raw_entry("a.txt", deflated_zeros(50 << 20))])


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    article_path, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    with open(article_path, encoding="utf-8") as f:
        article = json.load(f)
    article_docx(article, os.path.join(out, "article.docx"))
    article_odt(article, os.path.join(out, "article.odt"))
    article_epub(article, os.path.join(out, "article.epub"))
    # Two more articles beside the shared one, so that a PDF, a Word file and an ODT of different
    # texts can be imported at once (three copies of one text would be skipped as duplicates).
    folder = os.path.dirname(article_path)
    for name, writer in (("briefing-ru", article_docx), ("column-tr", article_odt)):
        with open(os.path.join(folder, name + ".json"), encoding="utf-8") as f:
            writer(json.load(f), os.path.join(out, name + (".docx" if writer is article_docx else ".odt")))
    # For the import benchmark (tests/bench/import_bench.cpp): the article's body 300 times over,
    # about 60 pages of text, as one long document in each format.
    long = dict(article, blocks=article["blocks"] * 300)
    article_docx(long, os.path.join(out, "long.docx"))
    article_odt(long, os.path.join(out, "long.odt"))
    article_epub(long, os.path.join(out, "long.epub"))
    feature_docx(out)
    feature_odt(out)
    feature_epub(out)
    refusals(out, article)


if __name__ == "__main__":
    main()
