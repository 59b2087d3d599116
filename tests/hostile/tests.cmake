# Issue 12: the hostile-input corpus of tests/data/hostile, every file through the command line with
# a time and a memory bound, under strace when it is installed (check_hostile.py, watched_run.py);
# and the hostile lexicon through the definition generator, the real helper and the analyzer.
if(Python3_Interpreter_FOUND)
    add_test(NAME hostile_corpus
        COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/check_hostile.py
            $<TARGET_FILE:claimscope> $<TARGET_FILE:claimscope-highlighter>
            ${CLAIMSCOPE_TEST_DATA_DIR}/hostile ${CMAKE_CURRENT_BINARY_DIR}/hostile-corpus)
    set_tests_properties(hostile_corpus PROPERTIES ENVIRONMENT "${claimscope_test_environment}")
endif()

claimscope_add_test(tst_hostilelexicon ${CMAKE_CURRENT_LIST_DIR}/tst_hostilelexicon.cpp LIBRARIES claimscope_core)
target_compile_definitions(tst_hostilelexicon PRIVATE
    CLAIMSCOPE_HIGHLIGHTER_EXECUTABLE="$<TARGET_FILE:claimscope-highlighter>")
add_dependencies(tst_hostilelexicon claimscope-highlighter)
