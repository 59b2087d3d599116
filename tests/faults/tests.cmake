# Issue 12, faults: the highlighting helper crashing, hanging or answering garbage; the disk filling
# during a write; the app killed while it imports and exports. Each test prints how many faults it
# injected and how many records were lost (always 0 when it passes).

set(claimscope_faults_dir ${CMAKE_CURRENT_SOURCE_DIR}/faults)

# The faulty helper: a proxy around the real claimscope-highlighter that breaks at the N-th
# highlight request (helpers/fault_highlighter.cpp says how it is chosen). Never installed.
add_executable(fault_highlighter faults/helpers/fault_highlighter.cpp)
claimscope_apply_defaults(fault_highlighter)
set_target_properties(fault_highlighter PROPERTIES AUTOMOC OFF)
target_compile_definitions(fault_highlighter PRIVATE
    CLAIMSCOPE_REAL_HIGHLIGHTER="$<TARGET_FILE:claimscope-highlighter>")
add_dependencies(fault_highlighter claimscope-highlighter)

if(Python3_Interpreter_FOUND)
    # analyze, export-pdf, export-qdpx and export-json of files, with the helper failing mid-batch.
    add_test(NAME faults_helper_cli
        COMMAND ${Python3_EXECUTABLE} ${claimscope_faults_dir}/check_helper_faults_cli.py
            --app $<TARGET_FILE:claimscope> --fault-helper $<TARGET_FILE:fault_highlighter>
            --sources ${PROJECT_SOURCE_DIR}/resources/sample
            --work ${CMAKE_CURRENT_BINARY_DIR}/faults/helper-cli)
    set_tests_properties(faults_helper_cli PROPERTIES
        ENVIRONMENT "${claimscope_test_environment}" SKIP_RETURN_CODE 77)
endif()

# The same faults in the window: an import of several files, "Analyse All Sources Again", and the
# viewer's highlighting.
claimscope_add_test(tst_helperfaultswindow faults/tst_helperfaultswindow.cpp LIBRARIES claimscope_ui)
target_compile_definitions(tst_helperfaultswindow PRIVATE
    CLAIMSCOPE_FAULT_HELPER="$<TARGET_FILE:fault_highlighter>")
add_dependencies(tst_helperfaultswindow fault_highlighter claimscope-highlighter)

# The disk filling up while the window edits, imports, saves a copy, exports and imports REFI-QDA:
# under a file size limit, and on a really full small tmpfs where the test may mount one (root).
claimscope_add_test(tst_diskfull faults/tst_diskfull.cpp LIBRARIES claimscope_ui)
add_dependencies(tst_diskfull claimscope-highlighter)

# The window killed while it imports: window_import_driver (a test tool, never installed) imports
# into a project as the window does, and tst_killimportwindow SIGKILLs it at varied moments.
add_executable(window_import_driver faults/helpers/window_import_driver.cpp)
claimscope_apply_defaults(window_import_driver)
target_link_libraries(window_import_driver PRIVATE claimscope_ui)
add_dependencies(window_import_driver claimscope-highlighter)
claimscope_add_test(tst_killimportwindow faults/tst_killimportwindow.cpp LIBRARIES claimscope_core Qt6::Sql)
target_compile_definitions(tst_killimportwindow PRIVATE
    CLAIMSCOPE_IMPORT_DRIVER="$<TARGET_FILE:window_import_driver>")
add_dependencies(tst_killimportwindow window_import_driver)

if(Python3_Interpreter_FOUND)
    # export-pdf and export-qdpx over an earlier file, and import-qdpx, SIGKILLed at random moments.
    add_test(NAME faults_kill_cli
        COMMAND ${Python3_EXECUTABLE} ${claimscope_faults_dir}/check_kill_cli.py
            --app $<TARGET_FILE:claimscope> --sources ${PROJECT_SOURCE_DIR}/resources/sample
            --work ${CMAKE_CURRENT_BINARY_DIR}/faults/kill-cli)
    set_tests_properties(faults_kill_cli PROPERTIES ENVIRONMENT "${claimscope_test_environment}")
endif()

if(Python3_Interpreter_FOUND)
    # The command line's exports and import-qdpx with the disk full: under a file size limit, and on a
    # really full tmpfs (root only; 77 where it cannot be mounted).
    foreach(medium fsize tmpfs)
        add_test(NAME faults_diskfull_cli_${medium}
            COMMAND ${Python3_EXECUTABLE} ${claimscope_faults_dir}/check_diskfull_cli.py --medium ${medium}
                --app $<TARGET_FILE:claimscope> --sources ${PROJECT_SOURCE_DIR}/resources/sample
                --work ${CMAKE_CURRENT_BINARY_DIR}/faults/diskfull-cli-${medium})
        set_tests_properties(faults_diskfull_cli_${medium} PROPERTIES
            ENVIRONMENT "${claimscope_test_environment}" SKIP_RETURN_CODE 77)
    endforeach()
endif()
