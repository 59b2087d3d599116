# DOCX, ODT and EPUB import tests (issue 10); fixtures are generated at build time.
