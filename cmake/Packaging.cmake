# Installation (GNUInstallDirs) and the Debian package (CPack). Included from the top-level CMakeLists.txt after
# the targets exist; the binary's own install rule is in app/CMakeLists.txt.
#
#   cmake --install build --prefix /usr                 the files below, under /usr
#   cd build && cpack -G DEB                            hashiya_<version>_<arch>.deb, dependencies computed
#
# The desktop entry, the metainfo and the icon share one reverse-DNS id, as the desktop and AppStream expect.
set(HASHIYA_APP_ID app.hashiya.Hashiya)
set(_packaging_dir ${PROJECT_SOURCE_DIR}/packaging)

install(FILES ${_packaging_dir}/${HASHIYA_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${_packaging_dir}/${HASHIYA_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
# One scalable icon serves every size: it is drawn on a 16-pixel grid, so no PNG renditions are needed.
install(FILES ${_packaging_dir}/icons/${HASHIYA_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
# Debian's documentation folder is named after the package, not the project (GNUInstallDirs' DOCDIR).
set(HASHIYA_INSTALL_DOCDIR ${CMAKE_INSTALL_DATADIR}/doc/hashiya)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${HASHIYA_INSTALL_DOCDIR})

# The man page is installed compressed, as Debian's policy asks; -n keeps the archive free of a timestamp.
find_program(HASHIYA_GZIP gzip REQUIRED)
set(_man_page ${CMAKE_CURRENT_BINARY_DIR}/hashiya.1.gz)
add_custom_command(OUTPUT ${_man_page}
    COMMAND ${HASHIYA_GZIP} -9 -n -c ${_packaging_dir}/hashiya.1 > ${_man_page}
    DEPENDS ${_packaging_dir}/hashiya.1
    COMMENT "Compressing the man page"
    VERBATIM)
add_custom_target(hashiya_man_page ALL DEPENDS ${_man_page})
install(FILES ${_man_page} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# The Debian package.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME hashiya)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Hashiya developers")
set(CPACK_PACKAGE_CONTACT "The Hashiya developers <maintainers@hashiya.app>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "reader and annotator for Arabic and other right-to-left articles")
# Kept in lines of under 80 characters: CPack indents each one into the control file as dpkg shows it.
set(CPACK_PACKAGE_DESCRIPTION [[Hashiya is a desktop reader for articles written in Arabic and other
right-to-left scripts, mixed with English names and numbers. Highlight
passages, write notes on them and tag them; everything is kept in one local
SQLite library.

Search ignores vowel marks and hamza forms, annotations follow the text when
an article is revised, and they export as W3C Web Annotation, Markdown, CSV,
HTML, PDF or a REFI-QDA project. A command line imports, lists, searches and
exports for scripts.]])
set(CPACK_PACKAGE_HOMEPAGE_URL "https://hashiya.app/")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # hashiya_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${CPACK_PACKAGE_HOMEPAGE_URL})
# Libraries the binary links are found by dpkg-shlibdeps (package dpkg-dev); what Qt loads at run time as
# plugins is not, so it is named here: the SQLite driver, the platform plugins, the SVG icon engine (the window
# icon), an Arabic font, and Qt's own translations for its standard dialogs.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6, fonts-hosny-amiri | fonts-noto-core, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-core")
include(CPack)
