# Installing like a Debian tool: `cmake --install` lays out the programs
# (ui/cli, ui/desktop), the manual pages and the bash completion (ui/cli),
# the sample province (datasets/) and, here, the documentation; `cpack -G DEB`
# makes the .deb (docs/user-guide.md, "Installing Coverplan").
#
# Nothing is read from the source tree at run time: the field page and the
# translations are compiled in; Leaflet (libjs-leaflet) and the map font
# (fonts-noto-core) are Debian's, found where Debian puts them.

install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES docs/user-guide.md docs/data-model.md docs/scoring.md docs/glossary.md docs/benchmarks.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY docs/images DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES packaging/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME coverplan)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "Coverplan maintainers <maintainers@coverplan.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "telecom network capacity and demand planning")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Overlays subscribers, sales leads and complaints on network coverage,\n"
    "ranks zones for capacity investment and sales focus with reasons in figures,\n"
    "checks the serviceability of an address, draws maps and a management report,\n"
    "and serves a field page for sales teams. Command line (coverplan) and\n"
    "desktop application (coverplan-gui).")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_STRIP_FILES ON)
# The libraries the programs link (GDAL, GEOS, Qt, libxlsxwriter, ...) from
# dpkg-shlibdeps; what they open by path is named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-noto-core, libjs-leaflet")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gdal-bin")
include(CPack)
