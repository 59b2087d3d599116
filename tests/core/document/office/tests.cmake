# DOCX, ODT and EPUB import tests (issue 10); fixtures are generated at build time.
# make_office_fixtures.py writes every fixture (the shared article in each format, feature documents,
# ZIP bombs, encrypted and damaged files) into the build folder; nothing binary is committed.
if(Python3_Interpreter_FOUND)
    set(office_fixtures_dir ${CMAKE_CURRENT_BINARY_DIR}/office-fixtures)
    set(office_fixtures_stamp ${office_fixtures_dir}/fixtures.stamp)
    add_custom_command(OUTPUT ${office_fixtures_stamp}
        COMMAND Python3::Interpreter ${CMAKE_CURRENT_LIST_DIR}/make_office_fixtures.py
            ${CLAIMSCOPE_TEST_DATA_DIR}/formats/article.json ${office_fixtures_dir}
        COMMAND ${CMAKE_COMMAND} -E touch ${office_fixtures_stamp}
        DEPENDS ${CMAKE_CURRENT_LIST_DIR}/make_office_fixtures.py ${CLAIMSCOPE_TEST_DATA_DIR}/formats/article.json
            ${CLAIMSCOPE_TEST_DATA_DIR}/formats/briefing-ru.json ${CLAIMSCOPE_TEST_DATA_DIR}/formats/column-tr.json
        COMMENT "Writing the DOCX, ODT and EPUB test fixtures"
        VERBATIM)
    add_custom_target(office_fixtures DEPENDS ${office_fixtures_stamp})

    # ZipArchive's limits; the XML and HTML readers against DOCTYPE tricks; the three importers on
    # the shared article, refusals and bombs; each format's structures (tables, lists, notes, …).
    foreach(office_test tst_ziparchive tst_packagexml tst_officeimport tst_officestructure)
        claimscope_add_test(${office_test} ${CMAKE_CURRENT_LIST_DIR}/${office_test}.cpp
            LIBRARIES claimscope_core)
        target_compile_definitions(${office_test} PRIVATE
            CLAIMSCOPE_OFFICE_FIXTURES_DIR="${office_fixtures_dir}")
        add_dependencies(${office_test} office_fixtures)
    endforeach()
    find_package(Qt6 6.4 REQUIRED COMPONENTS Network)
    target_link_libraries(tst_packagexml PRIVATE Qt6::Network)
endif()
