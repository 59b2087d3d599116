# PDF import tests (issue 10); fixtures are generated at build time.
#
# make_pdf_fixtures draws every fixture with QPdfWriter (DejaVu fonts, text at exact positions) and
# finishes some with libqpdf (author, creation date, encryption); nothing binary is committed. The
# fixtures are rebuilt when the generator, its texts or the shared article change.
set(pdf_fixture_dir ${CMAKE_CURRENT_BINARY_DIR}/pdf-fixtures)
add_executable(make_pdf_fixtures ${CMAKE_CURRENT_LIST_DIR}/make_pdf_fixtures.cpp)
claimscope_apply_defaults(make_pdf_fixtures)
target_link_libraries(make_pdf_fixtures PRIVATE Qt6::Gui PkgConfig::QPDF)
# qpdf's own smart pointers only (std::shared_ptr), without its transition warning.
target_compile_definitions(make_pdf_fixtures PRIVATE POINTERHOLDER_TRANSITION=4)
add_custom_command(
    OUTPUT ${pdf_fixture_dir}/fixtures.stamp
    COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=${CMAKE_CURRENT_BINARY_DIR}/runtime
            $<TARGET_FILE:make_pdf_fixtures> ${pdf_fixture_dir} ${CLAIMSCOPE_TEST_DATA_DIR}/formats/article.json
    COMMAND ${CMAKE_COMMAND} -E touch ${pdf_fixture_dir}/fixtures.stamp
    DEPENDS make_pdf_fixtures ${CMAKE_CURRENT_LIST_DIR}/PdfFixtureTexts.h ${CMAKE_CURRENT_LIST_DIR}/PdfFixtureWriter.h
            ${CLAIMSCOPE_TEST_DATA_DIR}/formats/article.json
    COMMENT "Generating the PDF import fixtures"
    VERBATIM)
add_custom_target(pdf_fixtures DEPENDS ${pdf_fixture_dir}/fixtures.stamp)

# The layout rules on words made up in the test (PdfTestPages.h), without poppler or fixtures: lines,
# paragraphs, headings, hyphens, word boxes and dates (tst_pdftextlayout); running headers, footers
# and page numbers (tst_pdffurniture).
foreach(pdf_test tst_pdftextlayout tst_pdffurniture)
    claimscope_add_test(${pdf_test} ${CMAKE_CURRENT_LIST_DIR}/${pdf_test}.cpp LIBRARIES claimscope_core)
endforeach()

# importPdf on the generated fixtures: text, metadata, refusals, two threads, timing; and the word
# boxes checked against the page itself with poppler (text in the box, ink in the box).
foreach(pdf_test tst_pdfimporter tst_pdfgeometry)
    claimscope_add_test(${pdf_test} ${CMAKE_CURRENT_LIST_DIR}/${pdf_test}.cpp
        LIBRARIES claimscope_core PkgConfig::POPPLER_QT6)
    target_compile_definitions(${pdf_test} PRIVATE CLAIMSCOPE_PDF_FIXTURES="${pdf_fixture_dir}")
    add_dependencies(${pdf_test} pdf_fixtures)
endforeach()
