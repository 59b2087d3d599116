# Issue 12, "no network, provably": files that refer to a local web server in every way their formats
# allow go through the command line (check_no_network.py) and the window (tst_nonetworkwindow); the
# server must accept no connection. Both make their files at run time with make_network_files.py,
# since the files must name the server's real port. Each takes seconds; the timeouts only stop a
# hang (the tests' own limits allow 120 s per command or import), sanitizers included.
if(Python3_Interpreter_FOUND)
    add_test(NAME no_network_cli
        COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/network/check_no_network.py
            $<TARGET_FILE:claimscope> ${CMAKE_CURRENT_BINARY_DIR}/network-cli)
    set_tests_properties(no_network_cli PROPERTIES
        ENVIRONMENT "${claimscope_test_environment}"
        SKIP_RETURN_CODE 77
        TIMEOUT 600)

    find_package(Qt6 6.4 REQUIRED COMPONENTS Network)
    claimscope_add_test(tst_nonetworkwindow network/tst_nonetworkwindow.cpp LIBRARIES claimscope_ui Qt6::Network)
    target_compile_definitions(tst_nonetworkwindow PRIVATE
        CLAIMSCOPE_PYTHON="${Python3_EXECUTABLE}"
        CLAIMSCOPE_NETWORK_FILES_SCRIPT="${CMAKE_CURRENT_SOURCE_DIR}/network/make_network_files.py")
    add_dependencies(tst_nonetworkwindow claimscope-highlighter)
    set_tests_properties(tst_nonetworkwindow PROPERTIES TIMEOUT 600)
endif()
