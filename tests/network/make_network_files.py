#!/usr/bin/env python3
"""Writes files that point at a local web server in every way their formats allow.

    make_network_files.py PORT OUTPUT_DIR

Used by the "no network" tests (check_no_network.py, tst_nonetworkwindow): the server listens on
127.0.0.1:PORT, Claimscope imports, shows, analyses and exports these files, and the server must
see no connection at all. The files are made at run time because they must name the server's real
port. Standard library only.

Each reference has its own path on the server (/docx/attached-template, /html/img-srcset-2x, …),
so a connection that does come names the way it was asked for in the server's log.

OUTPUT_DIR/manifest.json lists every file with:
  "expect":     "import" for files Claimscope must read (so that the viewer, the analysis and the
                exports really run over their references), "any" for files it may also refuse
                (external entities need a DOCTYPE, which the XML readers refuse; either way nothing
                may be fetched); "qdpx-import" and "qdpx-any" the same for REFI-QDA projects,
                which are read by import-qdpx or File → Import REFI-QDA Project;
  "references": how often the server's address occurs in the file (ZIP entries read inflated),
                counted in the bytes written, not in what we meant to write;
  "ways":       the name of each reference planted.
"""

import json
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape, quoteattr

FIXED_TIME = (2024, 10, 25, 9, 0, 0)

# The article each file carries, so that the analysis has quotes, claims and figures to find next
# to the references. The format's name goes into the text: the window skips a text it already has.
ARTICLE = [
    "Kazakhstan weighs the offer ({fmt})",
    "Dmitry Peskov said: \u201cWe respect the decision of our Kazakh partners.\u201d",
    "According to the ministry, oil exports rose by 12% in 2023, to 70 million tonnes.",
    "Political scientist Marat Seitov said that Astana would keep its options open.",
]


class Planter:
    """Hands out the server's URLs, one distinct path per way of referring to it."""

    def __init__(self, port):
        self.port = port
        self.ways = []
        self.prefix = ""

    def url(self, way, form="http"):
        name = f"{self.prefix}/{way}"
        self.ways.append(name)
        host = f"127.0.0.1:{self.port}"
        if form == "https":
            return f"https://{host}{name}"
        if form == "relative":  # protocol-relative: "//host/path"
            return f"//{host}{name}"
        if form == "localhost":
            return f"http://localhost:{self.port}{name}"
        return f"http://{host}{name}"

    def start(self, prefix):
        self.prefix = prefix
        self.ways = []


def article_lines(fmt):
    return [line.format(fmt=fmt) for line in ARTICLE]


def write_zip(path, parts, stored_first=None):
    """parts: (name, str | bytes). stored_first: the uncompressed "mimetype" entry of ODF and EPUB."""
    with zipfile.ZipFile(path, "w") as archive:
        if stored_first:
            info = zipfile.ZipInfo(stored_first[0], FIXED_TIME)
            info.compress_type = zipfile.ZIP_STORED
            archive.writestr(info, stored_first[1])
        for name, content in parts:
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, content.encode("utf-8") if isinstance(content, str) else content)


def written_text(path):
    """The file's bytes as the server's address could be found in them: ZIP entries inflated."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            return b"\n".join(archive.read(name) for name in archive.namelist())
    with open(path, "rb") as f:
        return f.read()


# -------------------------------------------------------------------------------------------- HTML


def html_page(p, fmt="html"):
    u = p.url
    lines = article_lines(fmt)
    paragraphs = "".join(f"<p>{escape(line)}</p>" for line in lines[1:])
    return f"""<!DOCTYPE html SYSTEM "{u('doctype-system-id')}">
<html lang="en" manifest="{u('appcache-manifest')}">
<head>
<meta charset="utf-8">
<base href="{u('base-href/')}">
<meta http-equiv="refresh" content="0; url={u('meta-refresh')}">
<meta http-equiv="Link" content="<{u('meta-link-header')}>; rel=preload">
<meta http-equiv="Content-Security-Policy" content="report-uri {u('csp-report')}">
<title>{escape(lines[0])}</title>
<link rel="stylesheet" href="{u('link-stylesheet')}">
<link rel="stylesheet" href="{u('link-stylesheet-relative', 'relative')}">
<link rel="preload" href="{u('link-preload')}" as="image">
<link rel="prefetch" href="{u('link-prefetch')}">
<link rel="preconnect" href="{u('link-preconnect')}">
<link rel="dns-prefetch" href="{u('link-dns-prefetch')}">
<link rel="icon" href="{u('link-icon')}">
<link rel="import" href="{u('link-import')}">
<link rel="canonical" href="{u('link-canonical')}">
<meta property="og:image" content="{u('og-image')}">
<script src="{u('script-src')}"></script>
<script>fetch("{u('script-fetch')}"); new Image().src = "{u('script-image')}";</script>
<style>
@import url("{u('css-import-url')}");
@import "{u('css-import-string')}";
@font-face {{ font-family: Remote; src: url({u('css-font-face')}); }}
body {{ background: url('{u('css-background')}'); }}
p::after {{ content: url({u('css-content-url')}); }}
</style>
</head>
<body background="{u('body-background')}">
<h1>{escape(lines[0])}</h1>
<img src="{u('img-src')}" alt="">
<img src="{u('img-src-localhost', 'localhost')}" alt="">
<img src="{u('img-src-https', 'https')}" alt="">
<img srcset="{u('img-srcset-1x')} 1x, {u('img-srcset-2x')} 2x" alt="">
<picture><source srcset="{u('picture-source-srcset')}"><img src="{u('picture-img')}" alt=""></picture>
<img src="relative-to-base.png" alt="">
<span style="background-image: url({u('style-attribute-url')})"></span>
{paragraphs}
<iframe src="{u('iframe-src')}"></iframe>
<frameset><frame src="{u('frame-src')}"></frameset>
<object data="{u('object-data')}" type="text/html"></object>
<embed src="{u('embed-src')}">
<applet code="Remote.class" codebase="{u('applet-codebase')}"></applet>
<video src="{u('video-src')}" poster="{u('video-poster')}"><track src="{u('track-src')}"></video>
<audio src="{u('audio-src')}"></audio>
<input type="image" src="{u('input-image')}">
<svg><image href="{u('svg-image-href')}"/><use xlink:href="{u('svg-use')}"/></svg>
<table background="{u('table-background')}"><tr><td>Exports in 2023: 70 million tonnes</td></tr></table>
<p><a href="{u('a-href')}" ping="{u('a-ping')}">The ministry's report</a>.</p>
<form action="{u('form-action')}"><button>Send</button></form>
</body>
</html>
"""


def xhtml_page(p):
    """XHTML with an internal subset (external entity, parameter entity), XInclude and an XSLT link."""
    u = p.url
    lines = article_lines("xhtml")
    paragraphs = "".join(f"<p>{escape(line)}</p>" for line in lines[1:])
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="{u('xml-stylesheet-pi')}"?>
<!DOCTYPE html [
  <!ENTITY external SYSTEM "{u('xxe-general-entity')}">
  <!ENTITY % remote SYSTEM "{u('xxe-parameter-entity')}">
  %remote;
]>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:xi="http://www.w3.org/2001/XInclude"
      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
      xsi:schemaLocation="http://www.w3.org/1999/xhtml {u('xsi-schema-location')}">
<head><title>{escape(lines[0])}</title><link rel="stylesheet" href="{u('link-stylesheet')}"/></head>
<body><h1>{escape(lines[0])}</h1>{paragraphs}<p>&external;</p>
<xi:include href="{u('xinclude-xml')}"/>
<xi:include href="{u('xinclude-text')}" parse="text"/>
<img src="{u('img-src')}" alt=""/></body></html>
"""


def markdown_page(p):
    u = p.url
    lines = article_lines("markdown")
    return f"""---
title: {lines[0]}
url: {u('front-matter-url')}
image: {u('front-matter-image')}
---

# {lines[0]}

{lines[1]}

![A chart]({u('md-image')} "chart")
![A reference image][chart]

{lines[2]} See <{u('md-autolink')}> and [the report]({u('md-link')}).

<img src="{u('md-raw-img')}" alt="">
<iframe src="{u('md-raw-iframe')}"></iframe>
<script src="{u('md-raw-script')}"></script>
<link rel="stylesheet" href="{u('md-raw-stylesheet')}">
<style>@import url("{u('md-raw-css-import')}");</style>

{lines[3]}

[chart]: {u('md-reference-definition')}
"""


# -------------------------------------------------------------------------------------------- DOCX

XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOCX_NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    f'xmlns:r="{REL}" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:xi="http://www.w3.org/2001/XInclude" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
)


def w_paragraph(text, extra=""):
    return f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>{extra}</w:p>'


def external(rel_id, rel_type, target):
    return f'<Relationship Id="{rel_id}" Type="{rel_type}" Target={quoteattr(target)} TargetMode="External"/>'


def relationships(*entries):
    return f'{XML_DECLARATION}<Relationships xmlns="{PACKAGE_RELS}">{"".join(entries)}</Relationships>'


def docx_document(p, body_extra):
    u = p.url
    lines = article_lines("docx")
    linked_picture = (
        '<w:r><w:drawing><wp:inline><wp:extent cx="952500" cy="952500"/><wp:docPr id="1" name="Linked"/>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>'
        '<pic:nvPicPr><pic:cNvPr id="1" name="Linked"/><pic:cNvPicPr/></pic:nvPicPr>'
        '<pic:blipFill><a:blip r:link="rIdImage"/></pic:blipFill></pic:pic></a:graphicData></a:graphic>'
        "</wp:inline></w:drawing></w:r>")
    vml_picture = ('<w:r><w:pict><v:shape style="width:10pt;height:10pt">'
                   f'<v:imagedata r:id="rIdVmlImage" o:href="{u("vml-imagedata-href")}"/></v:shape></w:pict></w:r>')
    ole_link = ('<w:r><w:object><o:OLEObject Type="Link" ProgID="Excel.Sheet.12" r:id="rIdOle" '
                'UpdateMode="Always"/></w:object></w:r>')
    fields = (f'<w:fldSimple w:instr=\' INCLUDEPICTURE "{u("field-includepicture")}" \\d \'/>'
              f'<w:fldSimple w:instr=\' INCLUDETEXT "{u("field-includetext")}" \'/>'
              f'<w:fldSimple w:instr=\' LINK Excel.Sheet.12 "{u("field-link")}" "" \\a \'/>'
              '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
              f'<w:r><w:instrText xml:space="preserve"> HYPERLINK "{u("field-hyperlink")}" </w:instrText></w:r>'
              '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>the report</w:t></w:r>'
              '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    body = (w_paragraph(lines[0])
            + w_paragraph(lines[1], linked_picture + vml_picture)
            + w_paragraph(lines[2], ole_link + fields)
            + '<w:p><w:hyperlink r:id="rIdLink"><w:r><w:t>The ministry\'s report.</w:t></w:r></w:hyperlink></w:p>'
            + '<w:subDoc r:id="rIdSubDocument"/><w:altChunk r:id="rIdAltChunk"/>'
            + f'<xi:include href="{u("xinclude-in-body")}"/>'
            + w_paragraph(lines[3]) + body_extra)
    return (f'{XML_DECLARATION}<?xml-stylesheet type="text/xsl" href="{u("xml-stylesheet-pi")}"?>'
            f'<w:document {DOCX_NAMESPACES} xsi:schemaLocation="urn:x {u("xsi-schema-location")}">'
            f'<w:body>{body}<w:sectPr/></w:body></w:document>')


def docx_parts(p, document):
    u = p.url
    content_types = (
        f'{XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/settings.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/></Types>')
    package_rels = relationships(
        f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/>',
        external("rId2", f"{PACKAGE_RELS}/metadata/thumbnail", u("package-thumbnail")),
        external("rId3", f"{PACKAGE_RELS}/metadata/core-properties", u("package-core-properties")))
    document_rels = relationships(
        f'<Relationship Id="rIdSettings" Type="{REL}/settings" Target="settings.xml"/>',
        external("rIdImage", f"{REL}/image", u("external-image")),
        external("rIdVmlImage", f"{REL}/image", u("external-vml-image")),
        external("rIdLink", f"{REL}/hyperlink", u("external-hyperlink")),
        external("rIdSubDocument", f"{REL}/subDocument", u("external-subdocument")),
        external("rIdAltChunk", f"{REL}/aFChunk", u("external-altchunk")),
        external("rIdOle", f"{REL}/oleObject", u("external-ole-object")),
        external("rIdStyles", f"{REL}/styles", u("external-styles")),
        external("rIdFootnotes", f"{REL}/footnotes", u("external-footnotes")),
        external("rIdFont", f"{REL}/fontTable", u("external-font-table")))
    settings = (f'{XML_DECLARATION}<w:settings {DOCX_NAMESPACES}><w:attachedTemplate r:id="rIdTemplate"/>'
                '<w:linkStyles/></w:settings>')
    settings_rels = relationships(external("rIdTemplate", f"{REL}/attachedTemplate", u("attached-template")))
    web_settings = (f'{XML_DECLARATION}<w:webSettings {DOCX_NAMESPACES}><w:frameset><w:frame>'
                    '<w:sourceFileName r:id="rIdFrame"/></w:frame></w:frameset></w:webSettings>')
    web_rels = relationships(external("rIdFrame", f"{REL}/frame", u("web-settings-frame")))
    return [
        ("[Content_Types].xml", content_types),
        ("_rels/.rels", package_rels),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", document_rels),
        ("word/settings.xml", settings),
        ("word/_rels/settings.xml.rels", settings_rels),
        ("word/webSettings.xml", web_settings),
        ("word/_rels/webSettings.xml.rels", web_rels),
    ]


def docx_file(p, path):
    write_zip(path, docx_parts(p, docx_document(p, "")))


def docx_entities_file(p, path):
    """The main part declares external entities: the import may refuse it, but must fetch nothing."""
    u = p.url
    document = docx_document(p, w_paragraph("Entity: ", "<w:r><w:t>&remote;</w:t></w:r>"))
    doctype = (f'<!DOCTYPE w:document [<!ENTITY remote SYSTEM "{u("xxe-general-entity")}">'
               f'<!ENTITY % dtd SYSTEM "{u("xxe-parameter-entity")}"> %dtd;]>')
    document = document.replace("<w:document ", doctype + "<w:document ", 1)
    write_zip(path, docx_parts(p, document))


# --------------------------------------------------------------------------------------------- ODT

ODF_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:xi="http://www.w3.org/2001/XInclude" office:version="1.3"'
)
ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"


def odt_content(p):
    u = p.url
    lines = article_lines("odt")
    image = (f'<draw:frame draw:name="Picture"><draw:image xlink:href="{u("draw-image")}" xlink:type="simple" '
             'xlink:show="embed" xlink:actuate="onLoad"/></draw:frame>')
    objects = (f'<draw:frame><draw:object xlink:href="{u("draw-object")}" xlink:type="simple" xlink:show="embed" '
               f'xlink:actuate="onLoad"/></draw:frame><draw:frame><draw:plugin xlink:href="{u("draw-plugin")}" '
               'xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/></draw:frame>'
               f'<draw:a xlink:href="{u("draw-a")}"><draw:frame><draw:image '
               f'xlink:href="{u("draw-a-image")}"/></draw:frame></draw:a>')
    section = (f'<text:section text:name="Linked"><text:section-source xlink:href="{u("section-source")}" '
               'xlink:type="simple" xlink:show="embed" text:section-name="Remote"/>'
               "<text:p>Linked section, as last saved.</text:p></text:section>")
    table_source = (f'<table:table table:name="Remote"><table:table-source xlink:href="{u("table-source")}" '
                    'xlink:type="simple" table:mode="copy-all"/><table:table-column/><table:table-row>'
                    "<table:table-cell><text:p>2023</text:p></table:table-cell></table:table-row></table:table>")
    body = (f'<text:h text:outline-level="1">{escape(lines[0])}</text:h>'
            f"<text:p>{escape(lines[1])}{image}</text:p>"
            f'<text:p>{escape(lines[2])} <text:a xlink:type="simple" xlink:href="{u("text-a")}">The report'
            f"</text:a>.{objects}</text:p>{section}{table_source}"
            f'<xi:include href="{u("xinclude-in-body")}"/>'
            f"<text:p>{escape(lines[3])}</text:p>")
    return (f'{XML_DECLARATION}<?xml-stylesheet type="text/xsl" href="{u("xml-stylesheet-pi")}"?>'
            f"<office:document-content {ODF_NAMESPACES}><office:automatic-styles/><office:body>"
            f"<office:text>{body}</office:text></office:body></office:document-content>")


def odt_parts(p, content):
    u = p.url
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                'opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{ODT_MIMETYPE}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                f'<manifest:file-entry manifest:full-path="{u("manifest-full-path")}" '
                'manifest:media-type="image/png"/></manifest:manifest>')
    styles = (f"{XML_DECLARATION}<office:document-styles {ODF_NAMESPACES}><office:font-face-decls>"
              '<style:font-face style:name="Remote"><svg:font-face-src><svg:font-face-uri '
              f'xlink:href="{u("font-face-uri")}" xlink:type="simple"/></svg:font-face-src></style:font-face>'
              '</office:font-face-decls><office:styles><style:style style:name="Standard" style:family="paragraph">'
              f'<style:paragraph-properties><style:background-image xlink:href="{u("style-background-image")}" '
              'xlink:type="simple" xlink:actuate="onLoad"/></style:paragraph-properties></style:style>'
              "</office:styles></office:document-styles>")
    meta = (f"{XML_DECLARATION}<office:document-meta {ODF_NAMESPACES}><office:meta>"
            f"<dc:title>{escape(article_lines('odt')[0])}</dc:title><dc:language>en-GB</dc:language>"
            f'<meta:template xlink:href="{u("meta-template")}" xlink:type="simple" xlink:actuate="onRequest"/>'
            f'<meta:auto-reload xlink:href="{u("meta-auto-reload")}" meta:delay="PT0S"/>'
            f'<meta:hyperlink-behaviour office:target-frame-name="_blank" xlink:show="new"/>'
            "</office:meta></office:document-meta>")
    return [("META-INF/manifest.xml", manifest), ("content.xml", content), ("styles.xml", styles),
            ("meta.xml", meta)]


def odt_file(p, path):
    write_zip(path, odt_parts(p, odt_content(p)), stored_first=("mimetype", ODT_MIMETYPE))


def odt_entities_file(p, path):
    u = p.url
    content = odt_content(p).replace(
        "<office:document-content ",
        f'<!DOCTYPE office:document-content [<!ENTITY remote SYSTEM "{u("xxe-general-entity")}">'
        f'<!ENTITY % dtd SYSTEM "{u("xxe-parameter-entity")}"> %dtd;]><office:document-content ', 1)
    content = content.replace("</office:text>", "<text:p>&remote;</text:p></office:text>", 1)
    write_zip(path, odt_parts(p, content), stored_first=("mimetype", ODT_MIMETYPE))


# -------------------------------------------------------------------------------------------- EPUB

OPF_NS = "http://www.idpf.org/2007/opf"
EPUB_MIMETYPE = "application/epub+zip"


def epub_chapter(p, lines, doctype=""):
    u = p.url
    paragraphs = "".join(f"<p>{escape(line)}</p>" for line in lines[1:])
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n{doctype}'
            '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" '
            'xmlns:xlink="http://www.w3.org/1999/xlink" xml:lang="en">'
            f'<head><title>{escape(lines[0])}</title><link rel="stylesheet" href="{u("chapter-stylesheet")}"/>'
            f'<script src="{u("chapter-script")}"></script>'
            f'<style>@import url("{u("chapter-css-import")}"); body {{ background: url({u("chapter-css-url")}) }}</style>'
            f"</head><body><h1>{escape(lines[0])}</h1>"
            f'<img src="{u("chapter-img")}" alt=""/>'
            f'<img srcset="{u("chapter-srcset")} 2x" src="../images/local.png" alt=""/>'
            f'{paragraphs}<iframe src="{u("chapter-iframe")}"></iframe>'
            f'<object data="{u("chapter-object")}" type="image/svg+xml"></object>'
            f'<embed src="{u("chapter-embed")}"/>'
            f'<audio src="{u("chapter-audio")}"/><video src="{u("chapter-video")}" poster="{u("chapter-poster")}"/>'
            f'<svg xmlns="http://www.w3.org/2000/svg"><image xlink:href="{u("chapter-svg-image")}"/></svg>'
            f'<p><a href="{u("chapter-link")}">The ministry\'s report.</a></p></body></html>')


def epub_parts(p, chapter, container_extra=""):
    u = p.url
    lines = article_lines("epub")
    container = ('<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:'
                 'xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" '
                 f'media-type="application/oebps-package+xml"/>{container_extra}</rootfiles>'
                 f'<links><link href="{u("container-link")}" rel="http://www.idpf.org/epub/containers/rendition"/>'
                 "</links></container>")
    items = [
        ("chapter", "text/chapter.xhtml", "application/xhtml+xml", "remote-resources scripted"),
        ("remote-chapter", u("opf-remote-chapter"), "application/xhtml+xml", ""),
        ("remote-css", u("opf-remote-stylesheet"), "text/css", ""),
        ("remote-font", u("opf-remote-font"), "font/woff2", ""),
        ("remote-image", u("opf-remote-image"), "image/png", ""),
        ("remote-cover", u("opf-remote-cover"), "image/jpeg", "cover-image"),
        ("remote-audio", u("opf-remote-audio"), "audio/mpeg", ""),
        ("remote-nav", u("opf-remote-nav"), "application/xhtml+xml", "nav"),
        ("remote-ncx", u("opf-remote-ncx"), "application/x-dtbncx+xml", ""),
    ]
    manifest = "".join(f'<item id="{i}" href={quoteattr(h)} media-type="{m}"'
                       + (f' properties="{props}"' if props else "") + "/>" for i, h, m, props in items)
    opf = (f'<?xml version="1.0" encoding="UTF-8"?>\n<package xmlns="{OPF_NS}" version="3.0" '
           'unique-identifier="uid"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
           f'<dc:identifier id="uid">urn:uuid:00000000-0000-4000-8000-000000000012</dc:identifier>'
           f"<dc:title>{escape(lines[0])}</dc:title><dc:language>en</dc:language>"
           f"<dc:source>{u('dc-source')}</dc:source>"
           f'<link rel="record" href="{u("opf-metadata-link")}" media-type="application/xhtml+xml"/>'
           f'<meta property="dcterms:modified">2024-10-25T09:00:00Z</meta></metadata>'
           f'<manifest>{manifest}</manifest><spine toc="remote-ncx"><itemref idref="remote-chapter"/>'
           '<itemref idref="chapter"/><itemref idref="remote-nav" linear="no"/></spine>'
           f'<guide><reference type="text" href="{u("opf-guide")}"/></guide></package>')
    return [("META-INF/container.xml", container), ("OEBPS/content.opf", opf), ("OEBPS/text/chapter.xhtml", chapter)]


def epub_file(p, path):
    chapter = epub_chapter(p, article_lines("epub"))
    write_zip(path, epub_parts(p, chapter), stored_first=("mimetype", EPUB_MIMETYPE))


def epub_entities_file(p, path):
    u = p.url
    doctype = (f'<!DOCTYPE html [<!ENTITY remote SYSTEM "{u("xxe-general-entity")}">'
               f'<!ENTITY % dtd SYSTEM "{u("xxe-parameter-entity")}"> %dtd;]>')
    chapter = epub_chapter(p, article_lines("epub-entities"), doctype).replace("</body>", "<p>&remote;</p></body>")
    write_zip(path, epub_parts(p, chapter), stored_first=("mimetype", EPUB_MIMETYPE))


# --------------------------------------------------------------------------------------------- PDF


def pdf_string(text):
    return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def pdf_file(p, path):
    """One page of text with every kind of action that names a URL: link annotations (URI, Launch,
    GoToR, SubmitForm, ImportData, JavaScript), open actions, page actions, a URI base, an image
    whose data lives at a URL (an external stream), a remote embedded file, and XMP metadata."""
    u = p.url
    lines = [line.replace("\u201c", '"').replace("\u201d", '"') for line in article_lines("pdf")]
    text = "BT /F1 12 Tf 72 740 Td 16 TL " + " ".join(f"{pdf_string(line)} '" for line in lines) + " ET\n"
    text += "q 10 0 0 10 72 600 cm /Remote Do Q\n"

    def url_spec(way):
        return f"<< /Type /Filespec /FS /URL /F {pdf_string(u(way))} >>"

    def link(y, action):
        return f"<< /Type /Annot /Subtype /Link /Rect [72 {y} 500 {y + 14}] /Border [0 0 0] /A {action} >>"

    actions = [
        f"<< /S /URI /URI {pdf_string(u('annotation-uri'))} >>",
        f"<< /S /URI /URI {pdf_string(u('annotation-uri-localhost', 'localhost'))} >>",
        f"<< /S /Launch /F {pdf_string(u('launch-file'))} /Win << /F {pdf_string(u('launch-win'))} >> >>",
        f"<< /S /Launch /F {url_spec('launch-url-filespec')} /NewWindow true >>",
        f"<< /S /GoToR /F {url_spec('gotor-remote')} /D [0 /Fit] >>",
        f"<< /S /GoToE /F {url_spec('gotoe-embedded')} /D [0 /Fit] >>",
        f"<< /S /SubmitForm /F {url_spec('submit-form')} >>",
        f"<< /S /ImportData /F {url_spec('import-data')} >>",
        "<< /S /JavaScript /JS " + pdf_string(f'app.launchURL("{u("javascript-launch-url")}", true);') + " >>",
        f"<< /S /Thread /F {url_spec('thread-file')} /D 0 >>",
    ]
    annotations = [link(720 - 16 * i, action) for i, action in enumerate(actions)]
    annotations.append(f"<< /Type /Annot /Subtype /FileAttachment /Rect [520 700 540 720] /FS {url_spec('file-attachment')} >>")
    xmp = (f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
           f'<rdf:Description rdf:about="{u("xmp-about")}" xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/">'
           f"<xmpRights:WebStatement>{u('xmp-web-statement')}</xmpRights:WebStatement></rdf:Description>"
           "</rdf:RDF></x:xmpmeta>")
    # Object numbers: 1 catalog, 2 pages, 3 page, 4 content, 5 font, 6 XMP, 7 external image, 8.. annotations.
    first_annotation = 8
    annotation_refs = " ".join(f"{first_annotation + i} 0 R" for i in range(len(annotations)))
    objects = [
        ("<< /Type /Catalog /Pages 2 0 R /Metadata 6 0 R "
         f"/URI << /Base {pdf_string(u('catalog-uri-base/'))} >> "
         f"/OpenAction << /S /URI /URI {pdf_string(u('open-action-uri'))} /Next "
         f"<< /S /Launch /F {pdf_string(u('open-action-launch'))} >> >> "
         f"/AA << /WC << /S /URI /URI {pdf_string(u('document-close-action'))} >> >> "
         f"/Names << /EmbeddedFiles << /Names [(remote.txt) {url_spec('embedded-files-name-tree')}] >> >> >>"),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
         "/Resources << /Font << /F1 5 0 R >> /XObject << /Remote 7 0 R >> >> "
         f"/AA << /O << /S /URI /URI {pdf_string(u('page-open-action'))} >> >> /Annots [{annotation_refs}] >>"),
        f"<< /Length {len(text.encode('latin-1'))} >>\nstream\n{text}endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Type /Metadata /Subtype /XML /Length {len(xmp.encode())} >>\nstream\n{xmp}\nendstream",
        ("<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 "
         f"/Length 0 /F {url_spec('external-stream-image')} >>\nstream\n\nendstream"),
    ] + annotations
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n").encode()
    with open(path, "wb") as f:
        f.write(out)


# ---------------------------------------------------------------------------------------- REFI-QDA

QDE_NS = "urn:QDA-XML:project:1.0"


def qde_project(p, extra_top=""):
    u = p.url
    lines = article_lines("qdpx")
    text = escape("\n".join(lines))
    guid = "cccccccc-0000-4000-8000-0000000000{:02d}".format
    return (f'<?xml version="1.0" encoding="utf-8"?>\n{extra_top}'
            f'<?xml-stylesheet type="text/xsl" href="{u("xml-stylesheet-pi")}"?>'
            f'<Project xmlns="{QDE_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
            f'xsi:schemaLocation="{QDE_NS} {u("xsi-schema-location")}" name="Remote sources" origin="Other QDA" '
            f'basePath="{u("project-base-path/")}">'
            f'<Users><User guid="{guid(1)}" name="Analyst"/></Users>'
            "<Sources>"
            f'<TextSource guid="{guid(10)}" name="Inside the package" plainTextPath="internal://{guid(10)}.txt">'
            f'<Description>{escape(u("description-text"))}</Description></TextSource>'
            f'<TextSource guid="{guid(11)}" name="Embedded text"><PlainTextContent>{text} '
            f"(embedded)</PlainTextContent></TextSource>"
            f'<TextSource guid="{guid(12)}" name="Remote text" plainTextPath="{u("text-source-plain-text-path")}" '
            f'richTextPath="{u("text-source-rich-text-path")}"/>'
            f'<TextSource guid="{guid(13)}" name="Relative text" plainTextPath="relative://remote.txt"/>'
            f'<TextSource guid="{guid(14)}" name="Absolute text" plainTextPath="absolute://{u("absolute-url")}"/>'
            f'<PDFSource guid="{guid(20)}" name="Remote PDF" path="{u("pdf-source-path")}">'
            f'<Representation guid="{guid(21)}" plainTextPath="{u("pdf-representation")}"/></PDFSource>'
            f'<PictureSource guid="{guid(30)}" name="Remote picture" path="{u("picture-source-path")}"/>'
            f'<AudioSource guid="{guid(31)}" name="Remote audio" path="{u("audio-source-path")}"/>'
            f'<VideoSource guid="{guid(32)}" name="Remote video" path="{u("video-source-path")}"/>'
            "</Sources>"
            f'<Links><Link guid="{guid(40)}" name="Remote link" originGUID="{guid(10)}" '
            f'targetGUID="{u("link-target")}"/></Links>'
            "</Project>")


def qdpx_file(p, path):
    text = "\n".join(article_lines("qdpx (internal)"))
    guid = "cccccccc-0000-4000-8000-000000000010"
    write_zip(path, [("project.qde", qde_project(p)), (f"Sources/{guid}.txt", text)])


def qdpx_entities_file(p, path):
    u = p.url
    doctype = (f'<!DOCTYPE Project [<!ENTITY remote SYSTEM "{u("xxe-general-entity")}">'
               f'<!ENTITY % dtd SYSTEM "{u("xxe-parameter-entity")}"> %dtd;]>')
    project = qde_project(p, doctype).replace("(embedded)", "&remote;")
    write_zip(path, [("project.qde", project)])


# ------------------------------------------------------------------------------------------- Files

FILES = [
    # (file name, expect, writer)
    ("hostile.html", "import", lambda p, path: write_text(path, html_page(p))),
    ("hostile.xhtml", "any", lambda p, path: write_text(path, xhtml_page(p))),
    ("hostile.md", "import", lambda p, path: write_text(path, markdown_page(p))),
    ("hostile.docx", "import", docx_file),
    ("hostile-entities.docx", "any", docx_entities_file),
    ("hostile.odt", "import", odt_file),
    ("hostile-entities.odt", "any", odt_entities_file),
    ("hostile.epub", "import", epub_file),
    ("hostile-entities.epub", "any", epub_entities_file),
    ("hostile.pdf", "import", pdf_file),
    ("hostile.qdpx", "qdpx-import", qdpx_file),
    ("hostile-entities.qdpx", "qdpx-any", qdpx_entities_file),
]


def write_text(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def make_files(port, out_dir):
    """Writes every file and the manifest; returns the manifest."""
    os.makedirs(out_dir, exist_ok=True)
    address = re.compile(rb"(?:127\.0\.0\.1|localhost):" + str(port).encode() + rb"(?!\d)")
    planter = Planter(port)
    files = []
    for name, expect, writer in FILES:
        planter.start("/" + name)
        path = os.path.join(out_dir, name)
        writer(planter, path)
        written = written_text(path)
        references = len(address.findall(written))
        missing = [way for way in planter.ways if way.encode() not in written]
        if missing or references < len(planter.ways):
            raise SystemExit(f"{name}: the references {missing} did not reach the file")
        files.append({"file": name, "expect": expect, "references": references, "ways": planter.ways})
    manifest = {"port": port, "files": files}
    with open(os.path.join(out_dir, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1)
    return manifest


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    manifest = make_files(int(sys.argv[1]), sys.argv[2])
    total = sum(entry["references"] for entry in manifest["files"])
    print(f"{len(manifest['files'])} files, {total} references to port {manifest['port']}")


if __name__ == "__main__":
    main()
