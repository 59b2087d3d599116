#!/usr/bin/env python3
"""Writes the hostile-input corpus of tests/data/hostile (issue 12). Standard library only.

    make_hostile.py [--claimscope PATH] [OUTPUT_DIR]

OUTPUT_DIR defaults to the folder of this script. Every file is made here from scratch, so anyone
can see how it is hostile; README.md lists each one with what it tries and what must happen.
The project files (*.claimscope) start as a real project that Claimscope itself writes (through
`claimscope import-qdpx` of a small REFI-QDA file made here) and are then tampered with through
Python's sqlite3, as someone else's tool would; they are only rewritten when --claimscope is given.

Files that point elsewhere point at /etc/passwd, /etc/hostname, http://127.0.0.1:9/ (the discard
port: nothing listens, and a connection attempt is what the test watches for) and ../canary.txt,
a file the checker creates beside its copy of the corpus. Text that must never reach an import
carries the word HIDDEN-; text that must arrive carries VISIBLE.
"""

import argparse
import json
import os
import shutil
import sqlite3
import struct
import subprocess
import sys
import tempfile
import zlib

XML = '<?xml version="1.0" encoding="UTF-8"?>'
DEEP = 100_000          # nesting depth of the deeply nested files
LONG = 100_000          # characters in a long line
REMOTE = "http://127.0.0.1:9"
CANARY = "../canary.txt"


def write(out, name, data):
    path = os.path.join(out, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data.encode("utf-8") if isinstance(data, str) else data)


# ------------------------------------------------------------------------------------------ ZIP

def deflate(data):
    """Raw deflate (no zlib header), as ZIP stores it."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush()


class Entry:
    """One ZIP entry; the sizes and the CRC written may lie (claimed_*), the data never does."""

    def __init__(self, name, data, method=8, claimed_size=None, zip64_size=None):
        self.name = name.encode("utf-8")
        self.raw = data.encode("utf-8") if isinstance(data, str) else data
        self.method = method
        self.payload = deflate(self.raw) if method == 8 else self.raw
        self.crc = zlib.crc32(self.raw)
        self.size = len(self.raw) if claimed_size is None else claimed_size
        self.zip64_size = zip64_size  # a ZIP64 extra field claiming this uncompressed size


def local_header(entry):
    extra = b""
    size = entry.size
    csize = len(entry.payload)
    if entry.zip64_size is not None:
        extra = struct.pack("<HHQQ", 1, 16, entry.zip64_size, csize)
        size = csize = 0xFFFFFFFF
    return struct.pack("<IHHHHHIIIHH", 0x04034B50, 45 if extra else 20, 0, entry.method, 0, 0x21,
                       entry.crc, csize, size, len(entry.name), len(extra)) + entry.name + extra


def central_header(entry, offset):
    extra = b""
    size = entry.size
    csize = len(entry.payload)
    if entry.zip64_size is not None:
        extra = struct.pack("<HHQQ", 1, 16, entry.zip64_size, csize)
        size = csize = 0xFFFFFFFF
    return struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 45 if extra else 20, 45 if extra else 20, 0,
                       entry.method, 0, 0x21, entry.crc, csize, size, len(entry.name), len(extra), 0, 0, 0,
                       0, offset) + entry.name + extra


def end_record(count, directory_size, directory_offset, claimed_count=None):
    shown = count if claimed_count is None else claimed_count
    return struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, shown, shown, directory_size, directory_offset, 0)


def zip_bytes(entries, claimed_count=None, shared_data=None):
    """A ZIP of `entries`. With `shared_data` (an Entry), every central entry points at that one
    entry's local header: overlapping entries, the way the smallest bombs reuse one kernel."""
    out = bytearray()
    if shared_data is not None:
        offset = len(out)
        out += local_header(shared_data) + shared_data.payload
        offsets = [offset] * len(entries)
    else:
        offsets = []
        for entry in entries:
            offsets.append(len(out))
            out += local_header(entry) + entry.payload
    if shared_data is not None:
        # Each directory entry describes the shared data (method, checksum, sizes) under its own
        # name, as the local header's coherence check wants.
        for entry in entries:
            entry.method, entry.payload, entry.crc, entry.size = (shared_data.method, shared_data.payload,
                                                                   shared_data.crc, shared_data.size)
    directory = b"".join(central_header(e, o) for e, o in zip(entries, offsets))
    start = len(out)
    out += directory
    out += end_record(len(entries), len(directory), start, claimed_count)
    return bytes(out)


def package(parts, first=None):
    """Parts (name, text) as deflated entries; `first` (name, text) is stored uncompressed at the
    start, as ODF and EPUB want their mimetype."""
    entries = [Entry(*first, method=0)] if first else []
    return entries + [Entry(name, text) for name, text in parts]


# ----------------------------------------------------------------------------------------- DOCX

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CONTENT_TYPES = (XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                 'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.wordprocessingml.document.main+xml"/></Types>')


def relationships(*items):
    """items: (id, type, target, external)."""
    body = "".join(f'<Relationship Id="{i}" Type="{OFFICE_REL}/{t}" Target="{target}"'
                   + (' TargetMode="External"' if external else "") + "/>"
                   for i, t, target, external in items)
    return f'{XML}<Relationships xmlns="{REL_NS}">{body}</Relationships>'


def w_paragraph(text):
    return f"<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"


def w_document(body, prolog=XML):
    return f'{prolog}<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'


def docx_parts(document, package_rels=None, document_rels=None):
    if package_rels is None:
        package_rels = relationships(("rId1", "officeDocument", "word/document.xml", False))
    parts = [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", package_rels),
             ("word/document.xml", document)]
    if document_rels is not None:
        parts.append(("word/_rels/document.xml.rels", document_rels))
    return parts


def docx(document, **kwargs):
    return zip_bytes(package(docx_parts(document, **kwargs)))


# ------------------------------------------------------------------------------------------ ODT

ODT_TYPE = "application/vnd.oasis.opendocument.text"
ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:xlink="http://www.w3.org/1999/xlink" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" office:version="1.3"')
ODT_MANIFEST = (XML + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
                ' manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="'
                + ODT_TYPE + '"/><manifest:file-entry manifest:full-path="content.xml" '
                'manifest:media-type="text/xml"/></manifest:manifest>')


def odt_content(body, prolog=XML):
    return (f"{prolog}<office:document-content {ODF_NS}><office:body><office:text>{body}"
            "</office:text></office:body></office:document-content>")


def odt(content, manifest=ODT_MANIFEST):
    return zip_bytes(package([("META-INF/manifest.xml", manifest), ("content.xml", content)],
                             first=("mimetype", ODT_TYPE)))


# ----------------------------------------------------------------------------------------- EPUB

EPUB_TYPE = "application/epub+zip"
CONTAINER = (XML + '<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
             '<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
             "</rootfiles></container>")


def opf(items, prolog=XML):
    """items: (id, href); every item is an XHTML document in the spine, in this order."""
    manifest = "".join(f'<item id="{i}" href="{h}" media-type="application/xhtml+xml"/>' for i, h in items)
    spine = "".join(f'<itemref idref="{i}"/>' for i, _ in items)
    return (f'{prolog}<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid">'
            '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="uid">urn:uuid:'
            "00000000-0000-4000-8000-000000000012</dc:identifier><dc:title>Hostile book</dc:title>"
            f"<dc:language>en</dc:language></metadata><manifest>{manifest}</manifest>"
            f"<spine>{spine}</spine></package>")


def xhtml(body, doctype="", head=""):
    return (f'{XML}\n{doctype}<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>Chapter'
            f"</title>{head}</head><body>{body}</body></html>")


def epub(files, package_document=None, container=CONTAINER, claimed_count=None):
    if package_document is None:
        package_document = opf([("c1", "c1.xhtml")])
    parts = [("META-INF/container.xml", container), ("OEBPS/content.opf", package_document)] + files
    return zip_bytes(package(parts, first=("mimetype", EPUB_TYPE)), claimed_count=claimed_count)


# ------------------------------------------------------------------------------------ REFI-QDA

QDE_NS = "urn:QDA-XML:project:1.0"
USER = "a64f019c-b293-417c-a107-a06de3e98696"


def qde(sources="", codes="", prolog=XML, inner_codebook=None):
    codebook = inner_codebook if inner_codebook is not None else f"<CodeBook><Codes>{codes}</Codes></CodeBook>"
    return (f'{prolog}<Project xmlns="{QDE_NS}" name="Hostile project" creatingUserGUID="{USER}">'
            f'<Users><User guid="{USER}" name="Someone"/></Users>{codebook}'
            f"<Sources>{sources}</Sources></Project>")


def text_source(guid, name, path=None, content=None):
    if content is not None:
        return (f'<TextSource guid="{guid}" name="{name}"><PlainTextContent>{content}'
                "</PlainTextContent></TextSource>")
    return f'<TextSource guid="{guid}" name="{name}" plainTextPath="{path}"/>'


def guid(n):
    return f"00000000-0000-4000-8000-{n:012d}"


def qdpx(project, files=()):
    return zip_bytes(package([("project.qde", project)] + list(files)))


# ------------------------------------------------------------------------------------------ PDF

def pdf(objects, root=1, trailer_extra="", xref=True):
    """A PDF of numbered objects (bodies as text, 1-based), with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + (body if isinstance(body, bytes) else body.encode("latin-1"))
        out += b"\nendobj\n"
    start = len(out)
    if xref:
        out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
        for offset in offsets:
            out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root {root} 0 R {trailer_extra}>>\n".encode()
    out += f"startxref\n{start}\n%%EOF\n".encode()
    return bytes(out)


def stream(data, extra=""):
    data = data.encode("latin-1") if isinstance(data, str) else data
    return f"<< /Length {len(data)} {extra}>>\nstream\n".encode() + data + b"\nendstream"


def text_page_objects(text, catalog_extra="", page_extra=""):
    """Catalog (1), pages (2), page (3), content (4), font (5): one page showing `text`."""
    content = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET"
    return [
        f"<< /Type /Catalog /Pages 2 0 R {catalog_extra}>>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        f"/Resources << /Font << /F1 5 0 R >> >> {page_extra}>>",
        stream(content),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]


PDF_TEXT = "VISIBLE text of a hostile PDF about exports and tariffs."


# ------------------------------------------------------------------------------------- the files

def text_files(out):
    write(out, "empty.txt", b"")
    # A real PNG (a 1x1 grey pixel) under a text name.
    png = b"\x89PNG\r\n\x1a\n"
    for kind, body in ((b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)),
                       (b"IDAT", zlib.compress(b"\x00\x80")), (b"IEND", b"")):
        png += struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    write(out, "png-named.txt", png)
    write(out, "nul-bytes.txt", b"VISIBLE start of a text\x00\x00\x00 that holds NUL bytes.\n" * 20)
    write(out, "control-chars.txt", ("Some text\x01\x02\x03\x04\x05\x06 with stray controls.\n" * 40).encode())
    russian = "Министр заявил, что переговоры продолжатся в следующем месяце.\n"
    write(out, "invalid-utf8.txt", (russian * 2).encode() + b"\xff\xfe broken \xc3 here\n" + (russian * 20).encode())
    # Overlong forms of "/" (C0 AF, E0 80 AF, F0 80 80 AF) and a NUL written as C0 80.
    write(out, "overlong-utf8.txt", b"path ..\xc0\xaf..\xe0\x80\xaf..\xf0\x80\x80\xaf etc\xc0\x80passwd\n" * 30)
    # UTF-16 surrogates written as UTF-8 (CESU-8 style): ED A0 80 is a lone high surrogate.
    write(out, "lone-surrogate-utf8.txt", ("VISIBLE text " * 20).encode() + b"\xed\xa0\x80 and \xed\xbf\xbf\n")
    write(out, "utf16le-no-bom.txt", ("VISIBLE English text in UTF-16 without a byte-order mark.\n" * 20)
          .encode("utf-16-le"))
    write(out, "utf16be-no-bom-russian.txt", (russian * 20).encode("utf-16-be"))
    # A UTF-8 byte-order mark in front of Windows-1251.
    write(out, "bom-lies-utf8.txt", b"\xef\xbb\xbf" + (russian * 20).encode("cp1251"))
    # A UTF-16LE byte-order mark in front of UTF-8, with an odd number of bytes after it.
    write(out, "bom-lies-utf16.txt", b"\xff\xfe" + ("VISIBLE plain UTF-8 text.\n" * 20 + "!").encode())
    # UTF-16LE with its mark, holding an unpaired high surrogate and an unpaired low one.
    write(out, "utf16-lone-surrogates.txt", b"\xff\xfe" + "VISIBLE text ".encode("utf-16-le") * 20
          + b"\x00\xd8" + " gap ".encode("utf-16-le") + b"\x00\xdc" + " end\n".encode("utf-16-le"))
    # UTF-8 and Windows-1251 lines taking turns.
    mixed = b""
    for i in range(20):
        mixed += russian.encode("utf-8" if i % 2 == 0 else "cp1251")
    write(out, "mixed-cp1251-utf8.txt", mixed)
    words = ("VISIBLE " + "word " * (LONG // 5))[:LONG]
    write(out, "long-line.txt", words + "\n")


def html_files(out):
    remote = f"""<!DOCTYPE html>
<html lang="en"><head><title>Remote everything</title>
<base href="{REMOTE}/base/">
<meta http-equiv="refresh" content="0; url={REMOTE}/refresh">
<link rel="stylesheet" href="{REMOTE}/style.css"><link rel="preload" href="{REMOTE}/font.woff">
<style>@import url("{REMOTE}/import.css"); body {{ background: url({REMOTE}/bg.png) }}
p:after {{ content: "HIDDEN-STYLE" }}</style>
<script src="{REMOTE}/script.js"></script>
<script>document.write("HIDDEN-SCRIPT"); fetch("{REMOTE}/fetch");</script>
</head><body>
<p>VISIBLE paragraph before the remote resources.</p>
<img src="{REMOTE}/image.png" srcset="{REMOTE}/a.png 1x, {REMOTE}/b.png 2x" alt="">
<iframe src="{REMOTE}/frame">HIDDEN-IFRAME fallback</iframe>
<object data="{REMOTE}/object.swf">HIDDEN-OBJECT fallback</object><embed src="{REMOTE}/embed.swf">
<video src="{REMOTE}/video.mp4" poster="{REMOTE}/poster.png">HIDDEN-VIDEO</video>
<noscript>HIDDEN-NOSCRIPT</noscript><template>HIDDEN-TEMPLATE</template>
<svg><script>HIDDEN-SVG-SCRIPT</script><image href="{REMOTE}/svg.png"/></svg>
<form action="{REMOTE}/form"><input value="HIDDEN-INPUT"><button>HIDDEN-BUTTON</button></form>
<a href="{REMOTE}/link" onclick="HIDDEN_ONCLICK()">VISIBLE link text</a>
<p style="background-image: url({REMOTE}/inline.png)">VISIBLE closing paragraph.</p>
</body></html>
"""
    write(out, "remote-resources.html", remote)
    local = f"""<!DOCTYPE html>
<html><head><title>Local files</title><base href="file:///etc/">
<meta http-equiv="refresh" content="0; url=file:///etc/passwd">
<link rel="stylesheet" href="{CANARY}"><link rel="stylesheet" href="file:///etc/hostname">
<script src="file:///etc/passwd"></script></head><body>
<p>VISIBLE text that points at local files.</p>
<img src="passwd"><img src="{CANARY}"><img src="file:///etc/hostname">
<iframe src="file:///etc/passwd"></iframe><object data="{CANARY}"></object>
<a href="file:///etc/passwd">VISIBLE a link to the password file</a>
</body></html>
"""
    write(out, "local-files.html", local)
    # libxml2's HTML parser reads no internal subset; the entities must stay unexpanded.
    entities = f"""<!DOCTYPE html [
<!ENTITY xxe SYSTEM "file:///etc/passwd">
<!ENTITY canary SYSTEM "{CANARY}">
<!ENTITY remote SYSTEM "{REMOTE}/entity">
<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<html><body><p>VISIBLE text with entities: &xxe; &canary; &remote; &lol4;</p></body></html>
"""
    write(out, "entities.html", entities)
    # Character references to a lone surrogate, NUL, a code point past Unicode and a huge number.
    write(out, "char-refs.html", "<html><body><p>VISIBLE &#xD800; &#xDFFF; &#55296; &#0; &#x110000; "
          "&#99999999999999999999; &#x7FFFFFFF; end</p></body></html>\n")
    write(out, "long-line.html", "<html><body><p>VISIBLE " + "word " * ((LONG - 8) // 5) + "</p></body></html>\n")
    # 100,000 levels: blocks, then inline elements inside them. The tags are left open (the parser
    # closes them at the end), which halves the file.
    write(out, "nested-div-b.html", "<html><body><p>VISIBLE start</p>" + "<div>" * (DEEP // 2) + "<b>" * (DEEP // 2)
          + "deep text\n")
    lists = "<ul><li>" * (DEEP // 40) + "<blockquote>" * (DEEP // 40)
    write(out, "nested-lists-quotes.html", "<html><body><p>VISIBLE start</p>" + lists + "deep text\n")


def markdown_files(out):
    remote = f"""---
title: Remote everything
---
VISIBLE paragraph of Markdown.

![an image]({REMOTE}/image.png) ![local]({CANARY}) ![passwd](file:///etc/passwd)

<base href="{REMOTE}/base/">
<meta http-equiv="refresh" content="0; url={REMOTE}/refresh">
<script src="{REMOTE}/script.js">HIDDEN-SCRIPT</script>
<iframe src="file:///etc/passwd">HIDDEN-IFRAME</iframe>
<style>p {{ background: url({REMOTE}/bg.png) }} HIDDEN-STYLE</style>

[VISIBLE link]({REMOTE}/link) <file:///etc/passwd> [ref][r]

[r]: {CANARY} "a reference to the canary"

<img src="{REMOTE}/raw.png" onerror="HIDDEN_ONERROR()">
"""
    write(out, "remote.md", remote)
    write(out, "long-line.md", "VISIBLE " + "word " * ((LONG - 8) // 5) + "\n")
    write(out, "nested-blockquote.md", "VISIBLE start\n\n" + ">" * DEEP + " deep quote\n")
    write(out, "nested-list.md", "VISIBLE start\n\n" + "- " * (DEEP // 5) + "deep item\n")
    # Openers with no closers and brackets with no links: inputs that made CommonMark parsers
    # quadratic in the past.
    write(out, "emphasis-brackets.md",
          "VISIBLE start\n\n" + "*a " * (DEEP // 20) + "\n\n" + "[" * (DEEP // 10) + "\n\n" + "_" * (DEEP // 10) + "\n")


def pdf_files(out):
    good = pdf(text_page_objects(PDF_TEXT))
    write(out, "truncated.pdf", good[: len(good) // 2])
    # Cut in the middle of the page's content stream, with an end marker glued back on.
    cut = good.index(b"Tj ET")
    write(out, "truncated-with-eof.pdf", good[:cut] + b"\n%%EOF\n")
    # Every cross-reference offset wrong by 7 bytes: the reader has to reconstruct.
    broken = bytearray(good)
    start = broken.index(b"xref\n")
    table = broken[start:].decode("latin-1")
    fixed = []
    for line in table.split("\n"):
        if line.endswith(" n ") and len(line) == 19:
            line = f"{int(line[:10]) + 7:010d}{line[10:]}"
        fixed.append(line)
    write(out, "corrupt-xref.pdf", bytes(broken[:start]) + "\n".join(fixed).encode("latin-1"))

    js = "app.launchURL('" + REMOTE + "/js', true); this.exportDataObject({cName: 'x', nLaunch: 2});"
    objects = text_page_objects(PDF_TEXT, catalog_extra="/OpenAction 6 0 R /Names << /JavaScript 7 0 R >> "
                                "/AA << /WC 6 0 R >> ", page_extra="/AA << /O 6 0 R >> ")
    objects += [f"<< /Type /Action /S /JavaScript /JS (HIDDEN-JS {js}) >>",
                "<< /Names [(startup) 6 0 R] >>"]
    write(out, "javascript.pdf", pdf(objects))

    objects = text_page_objects(PDF_TEXT, catalog_extra="/OpenAction 6 0 R ", page_extra="/Annots [7 0 R] ")
    objects += ["<< /Type /Action /S /Launch /F (/bin/sh) /Win << /F (cmd.exe) /P (/c calc) >> "
                "/Unix << /F (/usr/bin/touch) /P (/tmp/claimscope-hostile-launched) >> /NewWindow true >>",
                "<< /Type /Annot /Subtype /Link /Rect [72 700 300 730] /A << /S /Launch /F (" + CANARY + ") >> >>"]
    write(out, "launch-action.pdf", pdf(objects))

    objects = text_page_objects(PDF_TEXT, page_extra="/Annots [6 0 R 7 0 R 8 0 R 9 0 R] ")
    objects += [f"<< /Type /Annot /Subtype /Link /Rect [72 700 300 730] /A << /S /URI /URI ({REMOTE}/uri) >> >>",
                "<< /Type /Annot /Subtype /Link /Rect [72 650 300 680] /A << /S /URI /URI (file:///etc/passwd) >> >>",
                "<< /Type /Annot /Subtype /Link /Rect [72 600 300 630] /A << /S /GoToR /F (" + CANARY
                + ") /D [0 /Fit] >> >>",
                "<< /Type /Annot /Subtype /Link /Rect [72 550 300 580] "
                f"/A << /S /SubmitForm /F ({REMOTE}/submit) >> >>"]
    write(out, "uri-actions.pdf", pdf(objects))

    objects = text_page_objects(PDF_TEXT, catalog_extra="/Names << /EmbeddedFiles 6 0 R >> ",
                                page_extra="/Annots [9 0 R] ")
    objects += ["<< /Names [(secret.txt) 7 0 R] >>",
                "<< /Type /Filespec /F (secret.txt) /UF (secret.txt) /EF << /F 8 0 R >> >>",
                stream("HIDDEN-EMBEDDED file content", "/Type /EmbeddedFile "),
                "<< /Type /Annot /Subtype /FileAttachment /Rect [72 600 90 620] /FS 7 0 R "
                "/Contents (HIDDEN-ATTACHMENT note) >>"]
    write(out, "embedded-file.pdf", pdf(objects))

    # The page tree's only kid is the tree itself.
    objects = text_page_objects(PDF_TEXT)
    objects[1] = "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>"
    write(out, "page-tree-loop.pdf", pdf(objects))

    # A page count far beyond the real one.
    objects = text_page_objects(PDF_TEXT)
    objects[1] = "<< /Type /Pages /Kids [3 0 R] /Count 2147483647 >>"
    write(out, "huge-page-count.pdf", pdf(objects))

    # 10,000 nested arrays inside the page's dictionary (the reader's own limit is far lower).
    objects = text_page_objects(PDF_TEXT, page_extra="/Deep " + "[" * (DEEP // 10) + "]" * (DEEP // 10) + " ")
    write(out, "deep-arrays.pdf", pdf(objects))

    # A cross-reference section whose /Prev is itself.
    good_loop = bytearray(pdf(text_page_objects(PDF_TEXT)))
    xref_at = good_loop.index(b"xref\n")
    good_loop = good_loop.replace(b"/Root 1 0 R ", f"/Root 1 0 R /Prev {xref_at} ".encode())
    write(out, "xref-prev-loop.pdf", bytes(good_loop))

    # A content stream that inflates 1,000-fold: 40 MB of spaces before the text.
    bomb = zlib.compress(b" " * (40 * 1024 * 1024) + f"BT /F1 12 Tf 72 720 Td ({PDF_TEXT}) Tj ET".encode(), 9)
    objects = text_page_objects(PDF_TEXT)
    objects[3] = stream(bomb, "/Filter /FlateDecode ")
    write(out, "flate-bomb.pdf", pdf(objects))


def bomb_kernel(megabytes):
    """XML that inflates to `megabytes` MiB: a document whose body is spaces."""
    return w_document(" " * (megabytes * 1024 * 1024) + w_paragraph("HIDDEN-BOMB"))


def zip_files(out):
    # A deflate bomb: 16 MiB of spaces in 16 kB (the ratio limit applies past the first MiB).
    write(out, "bomb-deflate.docx", docx(bomb_kernel(16)))
    # The same kernel where the header says it is 1 KiB: only the inflated bytes can tell.
    entries = package(docx_parts(bomb_kernel(16)))
    entries[2].size = 1024
    write(out, "bomb-lying-size.docx", zip_bytes(entries))
    # A ZIP64 field claiming 2^62 bytes for the main part.
    write(out, "bomb-declared-huge.odt", zip_bytes(
        package([("META-INF/manifest.xml", ODT_MANIFEST)], first=("mimetype", ODT_TYPE))
        + [Entry("content.xml", odt_content("<text:p>VISIBLE</text:p>"), zip64_size=1 << 62)]))
    # Overlapping entries: the package relationships and the main part they name ("word/ab.xml",
    # as long as "_rels/.rels", so that each directory entry matches the shared local header) both
    # point at one bomb kernel, the trick that lets a small file inflate many times over.
    kernel = Entry("_rels/.rels", bomb_kernel(16))
    parts = [Entry(name, "") for name in ("_rels/.rels", "word/ab.xml")]
    write(out, "bomb-overlapping.docx", zip_bytes(parts, shared_data=kernel))
    # An end record claiming 65,535 entries.
    write(out, "bomb-claimed-entries.epub", epub([("OEBPS/c1.xhtml", xhtml("<p>VISIBLE</p>"))],
                                                 claimed_count=65535))
    # REFI-QDA: the project document itself is the bomb.
    write(out, "bomb-project.qdpx", qdpx(qde() + " " * (16 * 1024 * 1024)))


def entity_doctype(root, entities):
    return f"<!DOCTYPE {root} [\n" + "\n".join(entities) + "\n]>"


def laughs():
    entities = ['<!ENTITY lol "lol">']
    for level in range(2, 11):
        previous = "lol" if level == 2 else f"lol{level - 1}"
        entities.append(f'<!ENTITY lol{level} "' + f"&{previous};" * 10 + '">')
    return entities


def xml_files(out):
    xxe = [f'<!ENTITY xxe SYSTEM "file:///etc/passwd">', f'<!ENTITY canary SYSTEM "{CANARY}">',
           f'<!ENTITY remote SYSTEM "{REMOTE}/entity">', '<!ENTITY % param SYSTEM "file:///etc/hostname"> %param;']
    body = w_paragraph("VISIBLE &xxe; &canary; &remote;")
    write(out, "xxe-file.docx", docx(w_document(body, XML + entity_doctype("w:document", xxe))))
    write(out, "billion-laughs.docx",
          docx(w_document(w_paragraph("&lol10;"), XML + entity_doctype("w:document", laughs()))))
    # The same in UTF-16, where a byte search for "<!DOCTYPE" in UTF-8 would miss it.
    utf16 = w_document(body, '<?xml version="1.0" encoding="UTF-16"?>' + entity_doctype("w:document", xxe))
    write(out, "xxe-utf16.docx", zip_bytes(package(docx_parts("")[:2]) + [
        Entry("word/document.xml", b"\xff\xfe" + utf16.encode("utf-16-le"))]))
    # XInclude and an external DTD without an internal subset.
    xinclude = w_document('<w:p><w:r><w:t>VISIBLE text</w:t></w:r></w:p>'
                          '<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file:///etc/passwd" '
                          'parse="text"/>'
                          f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{CANARY}" parse="text"/>')
    write(out, "xinclude.docx", docx(xinclude))
    write(out, "external-dtd.docx", docx(w_document(body.replace("&xxe; &canary; &remote;", ""),
                                                    XML + '<!DOCTYPE w:document SYSTEM "file:///etc/passwd">')))
    # The main part named outside the package: as an external target, as a path climbing out, as a URL.
    rels = relationships(("rId1", "officeDocument", "file:///etc/passwd", True),
                         ("rId2", "officeDocument", "../../../../../../etc/passwd", False),
                         ("rId3", "officeDocument", "/%2e%2e/%2e%2e/etc/passwd", False))
    write(out, "outside-main-part.docx", docx(ok_docx_document(), package_rels=rels))
    # External relationships of every kind on a good document.
    doc_rels = relationships(("rId1", "image", f"{REMOTE}/image.png", True),
                             ("rId2", "attachedTemplate", "file:///etc/passwd", True),
                             ("rId3", "subDocument", CANARY, True),
                             ("rId4", "hyperlink", "file:///etc/hostname", True),
                             ("rId5", "styles", "../../../../etc/passwd", False))
    write(out, "external-relationships.docx", docx(ok_docx_document(), document_rels=doc_rels))
    # Tables in table cells, 100,000 elements deep. WordprocessingML is the default namespace here,
    # so that the part stays under the 1 MiB a ZIP entry may inflate before its ratio is judged.
    deep = "<tbl><tr><tc>" * (DEEP // 3) + "<p><r><t>deep text</t></r></p>" + "</tc></tr></tbl>" * (DEEP // 3)
    write(out, "nested-tables.docx", docx(
        f'{XML}<document xmlns="{W_NS}"><body><p><r><t>VISIBLE start</t></r></p>{deep}</body></document>'))

    write(out, "xxe-http.odt", odt(odt_content("<text:p>VISIBLE &remote; &xxe;</text:p>",
                                               XML + entity_doctype("office:document-content", xxe))))
    write(out, "billion-laughs.odt", odt(odt_content("<text:p>&lol10;</text:p>",
                                                     XML + entity_doctype("office:document-content", laughs()))))
    manifest = ODT_MANIFEST.replace(XML, XML + entity_doctype("manifest:manifest", xxe))
    write(out, "xxe-manifest.odt", odt(odt_content("<text:p>VISIBLE</text:p>"), manifest=manifest))
    linked = ('<text:p>VISIBLE text with links</text:p><draw:frame><draw:image xlink:href="file:///etc/passwd"/>'
              f'</draw:frame><text:section text:name="s"><text:section-source xlink:href="{CANARY}"/></text:section>'
              f'<text:p><text:a xlink:href="{REMOTE}/a">VISIBLE link</text:a></text:p>')
    write(out, "linked-resources.odt", odt(odt_content(linked)))
    # Links inside links, 100,000 deep, with the text namespace as the default (under 1 MiB).
    links = "<a>" * DEEP + "deep text" + "</a>" * DEEP
    write(out, "nested-links.odt", odt(odt_content(
        f'<text:p>VISIBLE start</text:p><p xmlns="urn:oasis:names:tc:opendocument:xmlns:text:1.0">{links}</p>')))

    package_document = opf([("c1", "c1.xhtml")], XML + entity_doctype("package", xxe))
    write(out, "xxe-package.epub", epub([("OEBPS/c1.xhtml", xhtml("<p>VISIBLE</p>"))],
                                        package_document=package_document))
    write(out, "billion-laughs-container.epub", epub(
        [("OEBPS/c1.xhtml", xhtml("<p>VISIBLE</p>"))],
        container=CONTAINER.replace(XML, XML + entity_doctype("container", laughs()))))
    write(out, "xxe-chapter.epub", epub([("OEBPS/c1.xhtml", xhtml("<p>VISIBLE &xxe; &canary;</p>",
                                                                   doctype=entity_doctype("html", xxe)))]))
    head = (f'<link rel="stylesheet" href="{REMOTE}/book.css"/><script src="{REMOTE}/s.js"></script>'
            "<script>HIDDEN-SCRIPT</script>")
    chapter = xhtml(f'<p>VISIBLE chapter text.</p><img src="{REMOTE}/i.png"/><img src="{CANARY}"/>'
                    f'<iframe src="file:///etc/passwd">HIDDEN-IFRAME</iframe>', head=head)
    remote_spine = opf([("r1", f"{REMOTE}/remote.xhtml"), ("r2", "file:///etc/passwd"),
                        ("r3", "../../../canary.txt"), ("c1", "c1.xhtml")])
    write(out, "remote-spine.epub", epub([("OEBPS/c1.xhtml", chapter)], package_document=remote_spine))
    # Left open, as HTML allows, so that the chapter stays under 1 MiB.
    write(out, "nested-divs.epub", epub([("OEBPS/c1.xhtml", xhtml("<p>VISIBLE start</p>" + "<div>" * DEEP
                                                                   + "deep text"))]))

    source = text_source(guid(1), "VISIBLE source", content="VISIBLE text of the source.")
    write(out, "refi-xxe.qdpx", qdpx(qde(source.replace("VISIBLE text", "VISIBLE &xxe; &canary;"),
                                         prolog=XML + entity_doctype("Project", xxe))))
    write(out, "refi-billion-laughs.qdpx", qdpx(qde(source.replace("VISIBLE text", "&lol10;"),
                                                    prolog=XML + entity_doctype("Project", laughs()))))
    outside = "".join([
        text_source(guid(2), "absolute path", path="absolute:///etc/passwd"),
        text_source(guid(3), "file URL", path="file:///etc/passwd"),
        text_source(guid(4), "relative path", path="relative://" + CANARY),
        text_source(guid(5), "climbing internal path", path="internal://../../canary.txt"),
        text_source(guid(6), "remote path", path=REMOTE + "/source.txt"),
        source])
    write(out, "refi-outside-paths.qdpx", qdpx(qde(outside)))
    # 100,000 nested elements the format does not know, and 5,000 codes one inside another (within
    # the 1 MiB a ZIP entry may inflate before its ratio is judged).
    nested_codes = "".join(f'<Code guid="{guid(100 + i)}" name="c" isCodable="true">' for i in range(DEEP // 20))
    nested_codes += "</Code>" * (DEEP // 20)
    unknown = "<x>" * DEEP + "</x>" * DEEP
    write(out, "refi-nested.qdpx", qdpx(qde(source + unknown, codes=nested_codes)))
    names = ["(a+)+$", "(x*)*y", "\\", "[", "(?{system('id')})", ".*.*.*.*.*.*=.*", "A" * LONG,
             "\u202eevil\u202c", "<script>HIDDEN-SCRIPT</script>"]
    codes = ('<Code guid="' + guid(50) + '" name="Speaker mention" isCodable="true">'
             + "".join(f'<Code guid="{guid(60 + i)}" name="{escape_xml(n)}" isCodable="true"/>'
                       for i, n in enumerate(names)) + "</Code>")
    write(out, "refi-hostile-code-names.qdpx", qdpx(qde(source, codes=codes)))


def ok_docx_document():
    return w_document(w_paragraph("VISIBLE text of a hostile DOCX."))


def escape_xml(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# ------------------------------------------------------------------------------------ lexicon

CATASTROPHIC = ["(a+)+$", "(x*)*y", "\\", "[", "(?:a|a)*b", "a{1000000}", "(?R)", "\\Q", "$(", ".*.*.*.*.*.*.*.*=",
                "^(([a-z])+.)+[A-Z]([a-z])+$", "&lt;![CDATA[", "]]>", "\u0000nul", "\ud7ff\ue000"]


def lexicon_files(out):
    speakers = []
    for i, form in enumerate(CATASTROPHIC):
        speakers.append({"id": f"hostile{i}", "name": form, "role": form, "kind": "other",
                         "forms": {"en": [form], "ru": [form + "ов"], "tr": [form]}})
    speakers.append({"id": "long", "name": "Long", "kind": "other",
                     "forms": {"en": ["L" * LONG], "ru": ["Л" * (LONG // 10)], "tr": ["İ" * (LONG // 10)]}})
    speakers.append({"id": "metachars", "name": "Meta", "kind": "other",
                     "forms": {"en": ["".join(chr(c) for c in range(33, 127))], "ru": [], "tr": []}})
    speakers.append({"id": "plain", "name": "Aigerim Nurlanova", "kind": "expert",
                     "forms": {"en": ["Aigerim Nurlanova"], "ru": ["Айгерим Нурланова"], "tr": []}})
    cues = {"en": CATASTROPHIC + ["said", "c" * (LONG // 10)], "ru": CATASTROPHIC, "tr": CATASTROPHIC + ["dedi"],
            "xx": ["(a+)+$"]}
    write(out, "lexicon/speakers.json", json.dumps({"format": "claimscope-speakers", "version": 1,
                                                    "speakers": speakers}, ensure_ascii=False, indent=1) + "\n")
    write(out, "lexicon/cues.json", json.dumps({"format": "claimscope-cues", "version": 1, "cues": cues},
                                               ensure_ascii=False, indent=1) + "\n")


# ----------------------------------------------------------------------------------- projects

def base_project(claimscope, work):
    """A small, sound project written by Claimscope itself."""
    source = text_source(guid(1), "VISIBLE source",
                         content="Aigerim Nurlanova said that exports grew by 12% in 2023. " + "a" * 200 + "!")
    path = os.path.join(work, "study.qdpx")
    with open(path, "wb") as f:
        f.write(qdpx(qde(source)))
    project = os.path.join(work, "base.claimscope")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=work, XDG_CONFIG_HOME=work,
               XDG_DATA_HOME=work, XDG_CACHE_HOME=work)
    subprocess.run([claimscope, "import-qdpx", "-o", project, path], check=True, env=env,
                   stdout=subprocess.DEVNULL)
    return project


def small_pages(project):
    """The project with 512-byte pages, which keeps each hostile copy near 10 kB."""
    db = sqlite3.connect(project)
    db.execute("PRAGMA page_size = 512")
    db.execute("VACUUM")
    db.close()


def tampered(base, out, name, statements, writable_schema=False):
    path = os.path.join(out, name)
    shutil.copyfile(base, path)
    db = sqlite3.connect(path)
    if writable_schema:
        db.execute("PRAGMA writable_schema = ON")
    for statement in statements:
        if isinstance(statement, tuple):
            db.execute(*statement)
        else:
            db.execute(statement)
    db.commit()
    db.close()
    return path


def project_files(claimscope, out):
    work = tempfile.mkdtemp(prefix="hostile-projects-")
    try:
        base = base_project(claimscope, work)
        small_pages(base)
        tampered(base, out, "project-trigger.claimscope",
                 ["CREATE TRIGGER wipe AFTER INSERT ON annotations BEGIN DELETE FROM sources; END"])
        tampered(base, out, "project-view.claimscope",
                 ["CREATE VIEW everything AS SELECT * FROM sources, speakers, annotations"])
        tampered(base, out, "project-virtual-table.claimscope", ["CREATE VIRTUAL TABLE search USING fts5(text)"])
        # A virtual table written straight into the schema table, in a spelling that a check of the
        # statement's first words ('CREATE VIRTUAL TABLE…') does not see.
        tampered(base, out, "project-virtual-table-disguised.claimscope",
                 ["INSERT INTO sqlite_schema (type, name, tbl_name, rootpage, sql) VALUES ('table', 'search', "
                  "'search', 0, 'create /* a comment */ virtual table search using fts5(text)')"],
                 writable_schema=True)
        # Speakers whose name forms are regular-expression traps; the project's lexicon feeds them
        # to the analyzer when the window re-analyses (tests/hostile/tst_hostilelexicon.cpp).
        statements = []
        for i, form in enumerate(CATASTROPHIC + ["N" * (LONG // 10)]):
            sid = f"hostile{i}"
            statements.append(("INSERT INTO speakers (number, id, name, kind, colour) VALUES (?, ?, ?, 'other', "
                               "'#808080')", (1000 + i, sid, form[:200])))
            for language in ("en", "ru", "tr"):
                statements.append(("INSERT INTO speaker_forms (speaker, language, position, form) VALUES "
                                   "(?, ?, 0, ?)", (sid, language, form)))
        statements.append(("UPDATE settings SET value = ? WHERE key = 'cues'",
                           ('{"en": ["(a+)+$", "\\\\", "[", "said"], "ru": ["(x*)*y"], "tr": ["dedi"]}',)))
        tampered(base, out, "project-hostile-speakers.claimscope", statements)

        corrupt = tampered(base, out, "project-corrupt-page.claimscope", [])
        with open(corrupt, "r+b") as f:
            page_size = struct.unpack(">H", f.read(18)[16:18])[0]
            f.seek(2 * page_size + 8)  # inside the b-tree page header and cell pointers of page 3
            f.write(b"\xff" * 64)
        truncated = tampered(base, out, "project-truncated.claimscope", [])
        size = os.path.getsize(truncated)
        with open(truncated, "r+b") as f:
            f.truncate(size // 2)
        foreign = os.path.join(out, "project-foreign-sqlite.claimscope")
        if os.path.exists(foreign):
            os.remove(foreign)
        db = sqlite3.connect(foreign)
        db.execute("CREATE TABLE sources (id INTEGER PRIMARY KEY, text TEXT)")
        db.execute("INSERT INTO sources (text) VALUES ('HIDDEN-FOREIGN')")
        db.commit()
        db.close()
    finally:
        shutil.rmtree(work)
    write(out, "project-not-sqlite.claimscope", "SQLite format 3 is what this file pretends to be.\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claimscope", help="the claimscope program, to write the project files")
    parser.add_argument("out", nargs="?", default=os.path.dirname(os.path.abspath(__file__)))
    args = parser.parse_args()
    text_files(args.out)
    html_files(args.out)
    markdown_files(args.out)
    pdf_files(args.out)
    zip_files(args.out)
    xml_files(args.out)
    lexicon_files(args.out)
    if args.claimscope:
        project_files(args.claimscope, args.out)
    else:
        print("project files left as they are (give --claimscope to rewrite them)", file=sys.stderr)


if __name__ == "__main__":
    main()
