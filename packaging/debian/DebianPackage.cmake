# The Debian package (issue 9): `cpack -G DEB` in a build folder, or `./build.sh package`.
#
# Library dependencies come from dpkg-shlibdeps, which reads them off the installed binaries. What it
# cannot see is listed by hand: plug-ins and data Qt loads at run time rather than links.
#   libqt6sql6-sqlite      the SQLite driver a project file is opened with (a Qt plug-in)
#   qt6-translations-l10n  Qt's own dialogs and buttons in Russian and Turkish (qtbase_*.qm)
#   fonts-dejavu-core      DejaVu Sans and Serif, which the annotated PDF embeds by name
#   shared-mime-info       file types of imported sources, and our project type registered
#   hicolor-icon-theme     owns the icon folders the launcher icon is installed into
# The MIME database, and where installed the desktop entry and icon caches, are refreshed by the
# dpkg triggers of shared-mime-info, desktop-file-utils and the icon theme, so the package needs no
# scripts of its own. (A desktop has desktop-file-utils; a minimal system without it needs no cache.)
set(CPACK_PACKAGE_NAME claimscope)
set(CPACK_PACKAGE_VENDOR "The Claimscope developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "see who said what, who claimed what and which figures sources cite")
# Lines under 80 characters, as Debian's package tools display them unwrapped.
set(CPACK_PACKAGE_DESCRIPTION
    "Claimscope is a desktop research tool for people who read many articles on
one political question. It highlights speakers, direct quotes attributed to
their speaker, reported claims and cited figures in English, Russian and
Turkish texts, compares the figures and the speakers' stances in charts that
lead back to their sentences, keeps every manual correction with undo in a
project file, and exports an annotated PDF. It never uses the network.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/claimscope/claimscope")
set(CPACK_PACKAGE_CONTACT "The Claimscope developers <developers@claimscope.invalid>")
set(CPACK_STRIP_FILES ON)

set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, qt6-translations-l10n, fonts-dejavu-core, shared-mime-info, hicolor-icon-theme")
# Without it the app runs through XWayland on a Wayland desktop, which works but looks less sharp.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

install(FILES ${CMAKE_CURRENT_LIST_DIR}/copyright DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/claimscope)

include(CPack)
