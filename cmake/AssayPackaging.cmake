# The Debian package (installer/package.sh runs cpack on this configuration).
#
# What is installed, relative to the prefix (/usr in the package):
#   bin/assay, bin/assay-cli                 app/CMakeLists.txt
#   lib/assay/assay-cli-ml.so                app/CMakeLists.txt; assay-cli looks for it in
#                                            bin/../lib/assay (app/cli/MlModule.cpp), so no RPATH
#   share/applications/assay.desktop         and its icon, share/icons/hicolor/scalable/apps/assay.svg
#   share/assay/demo/                        the README's demo data and its generator
#   share/doc/assay/                         README.md, copyright (the GPL-3.0 text)
# The translations need no file of their own: assay_i18n embeds the compiled
# .qm files in assay and assay-cli (core/CMakeLists.txt, :/i18n).

install(FILES ${PROJECT_SOURCE_DIR}/resources/desktop/assay.desktop DESTINATION share/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/desktop/assay.svg DESTINATION share/icons/hicolor/scalable/apps)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/demo/ DESTINATION share/assay/demo
        PATTERN "test_*.py" EXCLUDE
        PATTERN "__pycache__" EXCLUDE)
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION share/doc/assay)
# Debian's copyright file: what the licence is and why, then its full text.
file(READ ${PROJECT_SOURCE_DIR}/LICENSE _assay_license)
file(CONFIGURE OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/debian-copyright @ONLY CONTENT
"Assay @PROJECT_VERSION@, a reward-model workbench.
License: GPL-3.0-or-later (it links QCustomPlot, which is GPL-3.0-or-later).

This program is free software: you can redistribute it and/or modify it under
the terms of the GNU General Public License as published by the Free Software
Foundation, either version 3 of the License, or (at your option) any later
version. The text of the GNU General Public License version 3 follows; it is
also in /usr/share/common-licenses/GPL-3.

@_assay_license@")
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/debian-copyright DESTINATION share/doc/assay RENAME copyright)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME assay)
set(CPACK_PACKAGE_VENDOR "Assay developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "reward-model workbench: label, train and review (Qt GUI and CLI)")
set(CPACK_PACKAGE_DESCRIPTION "Annotators label texts by style or as correct/incorrect, engineers train a
Qwen2-architecture classifier or reward model on the CPU (LibTorch), and
reviewers audit its predictions. Reads and writes TRL and rm_train.py data
files and Hugging Face model folders. The demo data is in /usr/share/assay/demo.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# The build is RelWithDebInfo: with their debug information the three
# executables take about 300 MB, stripped about 6 MB.
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Assay developers")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_LICENSE GPL-3.0-or-later)
# dpkg-shlibdeps names the packages of every linked library: Qt, LibTorch,
# QCustomPlot, PCRE2, SQLite, tcmalloc. It cannot see what is loaded at run
# time, so these are named here:
#  - libqt6sql6-sqlite: the QSQLITE driver every project file is opened with;
#  - Recommends libopenblas0-pthread: LibTorch takes any libblas.so.3, and
#    the installer and the figures in bench/ use OpenBLAS;
#  - Recommends fonts-noto-cjk: the Chinese interface and data;
#  - Recommends qt6-translations-l10n: Qt's own dialogs in Chinese
#    (widgets/common/Language.cpp loads qtbase_zh_CN from Qt's folder);
#  - Suggests python3: the demo data generator in /usr/share/assay/demo.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libopenblas0-pthread, fonts-noto-cjk, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "python3")
include(CPack)

# installer/test_package.sh: package, unpack with dpkg -x, run the unpacked
# programs (about 10 s, so also "fast"). It packages the binaries the build
# folder holds and builds nothing. The sanitizer builds build neither the GUI
# nor the ML module.
if(NOT ASSAY_SANITIZE)
  add_test(NAME package_deb COMMAND ${PROJECT_SOURCE_DIR}/installer/test_package.sh)
  set_tests_properties(package_deb PROPERTIES
    LABELS "fast;package" TIMEOUT 600 SKIP_RETURN_CODE 77
    ENVIRONMENT "ASSAY_BUILD=${CMAKE_BINARY_DIR}")
endif()
