# Installing QualityLoop like any desktop program.
#
# Included at the end of the top-level CMakeLists.txt, once the targets `qualityloop` (the window)
# and `qualityloop-cli` exist; app/CMakeLists.txt installs those two to bin.
#
#   Linux:   desktop entry, AppStream metainfo, hicolor icons (SVG and PNG rendered at build time),
#            manual pages, DEP-5 copyright and changelog; `cpack -G DEB` builds qualityloop_<v>_<arch>.deb.
#   Windows: CPack NSIS with windeployqt, a Start-menu shortcut, an uninstaller and the icon
#            (configured, not built or tested on the Linux machines; see installer/README.md).
#
# Tests (label `package`): package_desktop_entry, package_metainfo and package_install, the last
# one building, linting, installing, running and purging the .deb (as root only).

set(QL_PACKAGE_NAME qualityloop)
# Desktop file and AppStream id (reverse DNS of the project's home page). The window should call
# QGuiApplication::setDesktopFileName() with it, so that Wayland shells find the menu entry.
set(QL_APP_ID com.example.qualityloop)

set(_ql_installer_dir "${CMAKE_CURRENT_LIST_DIR}")
set(_ql_out "${CMAKE_BINARY_DIR}/installer")
set(QL_ICON_SVG "${PROJECT_SOURCE_DIR}/resources/icons/qualityloop.svg")

# ---------------------------------------------------------------------------------------------
# The top entry of installer/linux/changelog is the record of the release: its version must be
# the project's, and its date and signature give the release date and the package maintainer.
# ---------------------------------------------------------------------------------------------
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_ql_installer_dir}/linux/changelog")
file(STRINGS "${_ql_installer_dir}/linux/changelog" _ql_changelog)
list(GET _ql_changelog 0 _ql_line)
if(NOT _ql_line MATCHES "^${QL_PACKAGE_NAME} \\(([^)]+)\\) ")
    message(FATAL_ERROR "installer/linux/changelog: the first line is not a Debian changelog entry")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL PROJECT_VERSION)
    message(FATAL_ERROR "installer/linux/changelog starts with version ${CMAKE_MATCH_1}, the project "
        "is ${PROJECT_VERSION}: add a changelog entry for the new version")
endif()
foreach(_ql_line IN LISTS _ql_changelog)
    if(_ql_line MATCHES "^ -- (.+>)  [A-Z][a-z][a-z], ([0-9][0-9]?) ([A-Z][a-z][a-z]) ([0-9][0-9][0-9][0-9]) ")
        set(QL_MAINTAINER "${CMAKE_MATCH_1}")
        set(_ql_months Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
        list(FIND _ql_months "${CMAKE_MATCH_3}" _ql_month)
        math(EXPR _ql_month "${_ql_month} + 1")
        string(LENGTH "${CMAKE_MATCH_2}" _ql_day_length)
        set(_ql_day "${CMAKE_MATCH_2}")
        if(_ql_day_length EQUAL 1)
            set(_ql_day "0${_ql_day}")
        endif()
        if(_ql_month LESS 10)
            set(_ql_month "0${_ql_month}")
        endif()
        set(QL_RELEASE_DATE "${CMAKE_MATCH_4}-${_ql_month}-${_ql_day}")
        break()
    endif()
endforeach()
if(NOT QL_RELEASE_DATE OR _ql_month STREQUAL "00")
    message(FATAL_ERROR "installer/linux/changelog: no valid ' -- Name <mail>  date' line in the top entry")
endif()

# ---------------------------------------------------------------------------------------------
# Icons rendered from the SVG at build time (never committed).
# ---------------------------------------------------------------------------------------------
add_subdirectory("${_ql_installer_dir}/tools" "${_ql_out}/tools")

set(QL_ICON_SIZES 16 22 24 32 48 64 128 256)
set(_ql_icon_files)
foreach(_ql_size IN LISTS QL_ICON_SIZES)
    set(_ql_png "${_ql_out}/icons/${_ql_size}x${_ql_size}/${QL_PACKAGE_NAME}.png")
    add_custom_command(OUTPUT "${_ql_png}"
        COMMAND "${CMAKE_COMMAND}" -E make_directory "${_ql_out}/icons/${_ql_size}x${_ql_size}"
        COMMAND ql_render_icon "${QL_ICON_SVG}" "${_ql_png}" ${_ql_size}
        DEPENDS ql_render_icon "${QL_ICON_SVG}"
        COMMENT "Rendering the ${_ql_size}x${_ql_size} application icon"
        VERBATIM)
    list(APPEND _ql_icon_files "${_ql_png}")
endforeach()
if(WIN32)
    set(QL_WINDOWS_ICON "${_ql_out}/${QL_PACKAGE_NAME}.ico")
    add_custom_command(OUTPUT "${QL_WINDOWS_ICON}"
        COMMAND ql_render_icon "${QL_ICON_SVG}" "${QL_WINDOWS_ICON}" 16 24 32 48 64 256
        DEPENDS ql_render_icon "${QL_ICON_SVG}"
        COMMENT "Rendering the Windows application icon"
        VERBATIM)
    list(APPEND _ql_icon_files "${QL_WINDOWS_ICON}")
endif()
add_custom_target(ql_icons ALL DEPENDS ${_ql_icon_files})

# ---------------------------------------------------------------------------------------------
# Common CPack settings.
# ---------------------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME "${QL_PACKAGE_NAME}")
set(CPACK_PACKAGE_VENDOR "QualityLoop developers")
set(CPACK_PACKAGE_CONTACT "${QL_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# The long description of the package, lines of at most 79 characters, paragraphs apart.
set(CPACK_PACKAGE_DESCRIPTION [=[
QualityLoop keeps the after-sales quality information of a maker of valves,
actuators, positioners and their spare parts. It follows each quality case
from the customer's call through analysis by the Quality Department, the
information feedback sheet and the processing plan to the return visits and
the closing of the case.

Every deadline of the procedure shows who owes what by when and turns overdue
visibly. Feedback sheets, on-site service reports and return-visit records
print on paper or save as PDF, in English or Simplified Chinese.

The package holds the desktop window (qualityloop) and a command line for
scripts and scheduled jobs (qualityloop-cli). Data is kept in an SQLite file,
or in a PostgreSQL database with the recommended driver.]=])
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "QualityLoop")
set(CPACK_RESOURCE_FILE_LICENSE "${_ql_installer_dir}/linux/copyright")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_GENERATOR TXZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/\\\\.cache/")

# ---------------------------------------------------------------------------------------------
# Linux: desktop integration and the Debian package.
# ---------------------------------------------------------------------------------------------
if(UNIX AND NOT APPLE)
    find_program(QL_GZIP gzip REQUIRED)
    set(_ql_docdir "${CMAKE_INSTALL_DATAROOTDIR}/doc/${QL_PACKAGE_NAME}")
    set(_ql_generated)

    # Manual pages and the changelog, compressed with gzip -9n (no name, no time stamp: the
    # package is the same whenever it is built).
    foreach(_ql_page IN ITEMS qualityloop qualityloop-cli)
        configure_file("${_ql_installer_dir}/linux/${_ql_page}.1.in" "${_ql_out}/man/${_ql_page}.1" @ONLY)
        list(APPEND _ql_generated "${_ql_out}/man/${_ql_page}.1.gz")
    endforeach()
    configure_file("${_ql_installer_dir}/linux/changelog" "${_ql_out}/doc/changelog" COPYONLY)
    list(APPEND _ql_generated "${_ql_out}/doc/changelog.gz")
    foreach(_ql_gz IN LISTS _ql_generated)
        string(REGEX REPLACE "\\.gz$" "" _ql_plain "${_ql_gz}")
        add_custom_command(OUTPUT "${_ql_gz}"
            COMMAND "${QL_GZIP}" -9nkf "${_ql_plain}"
            DEPENDS "${_ql_plain}"
            VERBATIM)
    endforeach()
    add_custom_target(ql_package_docs ALL DEPENDS ${_ql_generated})

    configure_file("${_ql_installer_dir}/linux/${QL_APP_ID}.metainfo.xml.in"
        "${_ql_out}/${QL_APP_ID}.metainfo.xml" @ONLY)

    install(FILES "${_ql_installer_dir}/linux/${QL_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/applications")
    install(FILES "${_ql_out}/${QL_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/metainfo")
    install(FILES "${QL_ICON_SVG}"
        DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/scalable/apps")
    foreach(_ql_size IN LISTS QL_ICON_SIZES)
        install(FILES "${_ql_out}/icons/${_ql_size}x${_ql_size}/${QL_PACKAGE_NAME}.png"
            DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/${_ql_size}x${_ql_size}/apps")
    endforeach()
    install(FILES "${_ql_out}/man/qualityloop.1.gz" "${_ql_out}/man/qualityloop-cli.1.gz"
        DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
    install(FILES "${_ql_installer_dir}/linux/copyright" "${_ql_out}/doc/changelog.gz"
        DESTINATION "${_ql_docdir}")

    # A stripped install (CPACK_STRIP_FILES, cmake --install --strip) keeps the compiler's
    # .comment section, which lintian notes as binary-has-unneeded-section; drop it as Debian's
    # dh_strip does. This runs after app/'s install rules (policy CMP0082).
    if(CMAKE_STRIP)
        install(CODE "
            if(CMAKE_INSTALL_DO_STRIP)
                foreach(_ql_program IN ITEMS $<TARGET_FILE_NAME:qualityloop> $<TARGET_FILE_NAME:qualityloop-cli>)
                    execute_process(COMMAND \"${CMAKE_STRIP}\" --remove-section=.comment --remove-section=.note
                        \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/\${_ql_program}\"
                        COMMAND_ERROR_IS_FATAL ANY)
                endforeach()
            endif()")
    endif()

    set(CPACK_GENERATOR DEB)
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
    set(CPACK_DEBIAN_PACKAGE_NAME "${QL_PACKAGE_NAME}")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${QL_MAINTAINER}")
    set(CPACK_DEBIAN_PACKAGE_SECTION utils)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    # Libraries the binaries link come from dpkg-shlibdeps; the plugins Qt loads at run time
    # (SQLite driver, platform plugins, SVG icon engine) and the CJK font for printouts do not.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6, fonts-wqy-microhei, qt6-translations-l10n")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

    find_program(QL_DESKTOP_FILE_VALIDATE desktop-file-validate)
    find_program(QL_APPSTREAMCLI appstreamcli)
    if(QL_BUILD_TESTS)
        if(QL_DESKTOP_FILE_VALIDATE)
            add_test(NAME package_desktop_entry
                COMMAND "${QL_DESKTOP_FILE_VALIDATE}" "${_ql_installer_dir}/linux/${QL_APP_ID}.desktop")
            set_tests_properties(package_desktop_entry PROPERTIES
                LABELS package FAIL_REGULAR_EXPRESSION "error:|warning:|hint:")
        endif()
        if(QL_APPSTREAMCLI)
            add_test(NAME package_metainfo
                COMMAND "${QL_APPSTREAMCLI}" validate --no-net --pedantic "${_ql_out}/${QL_APP_ID}.metainfo.xml")
            set_tests_properties(package_metainfo PROPERTIES LABELS package)
        endif()
        if(NOT QL_SANITIZE)
            # Needs root, dpkg and lintian, else it is skipped (exit code 77).
            add_test(NAME package_install
                COMMAND bash "${_ql_installer_dir}/tests/package-test.sh"
                    "${CMAKE_BINARY_DIR}" "${CMAKE_CPACK_COMMAND}" "${QL_APP_ID}")
            set_tests_properties(package_install PROPERTIES
                LABELS package TIMEOUT 600 SKIP_RETURN_CODE 77 RUN_SERIAL TRUE)
        endif()
    endif()
endif()

# ---------------------------------------------------------------------------------------------
# Windows: NSIS installer. Configured here, built and tested on Windows only.
# ---------------------------------------------------------------------------------------------
if(WIN32)
    # The icon inside qualityloop.exe (Explorer, taskbar, shortcut, Add/Remove Programs).
    configure_file("${_ql_installer_dir}/windows/qualityloop.rc.in" "${_ql_out}/qualityloop.rc" @ONLY)
    target_sources(qualityloop PRIVATE "${_ql_out}/qualityloop.rc")
    set_source_files_properties("${_ql_out}/qualityloop.rc" TARGET_DIRECTORY qualityloop
        PROPERTIES OBJECT_DEPENDS "${QL_WINDOWS_ICON}")
    add_dependencies(qualityloop ql_icons)

    # Qt's libraries, plugins (platform, styles, image formats, SQL drivers) and translations
    # next to the executables, with windeployqt (Qt's deploy script, a technical preview in 6.4).
    foreach(_ql_target IN ITEMS qualityloop qualityloop-cli)
        qt_generate_deploy_app_script(TARGET ${_ql_target}
            FILENAME_VARIABLE _ql_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
        install(SCRIPT "${_ql_deploy_script}")
    endforeach()

    # The other DLLs the executables need (SQLite, libsodium, compiler runtime of MinGW),
    # looked up next to the Qt, SQLite and libsodium installations.
    set(_ql_dll_dirs "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
    foreach(_ql_library IN ITEMS ${SQLite3_LIBRARIES} ${SODIUM_LINK_LIBRARIES})
        get_filename_component(_ql_library_dir "${_ql_library}" DIRECTORY)
        list(APPEND _ql_dll_dirs "${_ql_library_dir}" "${_ql_library_dir}/../bin")
    endforeach()
    foreach(_ql_prefix IN LISTS CMAKE_PREFIX_PATH)
        list(APPEND _ql_dll_dirs "${_ql_prefix}/bin")
    endforeach()
    get_filename_component(_ql_compiler_dir "${CMAKE_CXX_COMPILER}" DIRECTORY)
    list(APPEND _ql_dll_dirs "${_ql_compiler_dir}")
    set(_ql_dll_dirs_quoted "")
    foreach(_ql_dir IN LISTS _ql_dll_dirs)
        string(APPEND _ql_dll_dirs_quoted " \"${_ql_dir}\"")
    endforeach()
    install(CODE "
        file(GET_RUNTIME_DEPENDENCIES
            EXECUTABLES \"$<TARGET_FILE:qualityloop>\" \"$<TARGET_FILE:qualityloop-cli>\"
            RESOLVED_DEPENDENCIES_VAR _ql_resolved
            UNRESOLVED_DEPENDENCIES_VAR _ql_unresolved
            DIRECTORIES ${_ql_dll_dirs_quoted}
            PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\" \"^[Qq]t6\"
            POST_EXCLUDE_REGEXES \"[Ss]ystem32\" \"[Ss]ys[Ww][Oo][Ww]64\")
        foreach(_ql_dll IN LISTS _ql_resolved)
            file(INSTALL \"\${_ql_dll}\" DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
        endforeach()
        if(_ql_unresolved)
            message(WARNING \"DLLs not found, not installed: \${_ql_unresolved}\")
        endif()
    ")
    # The Visual C++ runtime when built with MSVC.
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
    include(InstallRequiredSystemLibraries)

    set(CPACK_GENERATOR NSIS)
    set(CPACK_PACKAGE_FILE_NAME "QualityLoop-${PROJECT_VERSION}-win64")
    set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "QualityLoop")
    set(CPACK_NSIS_PACKAGE_NAME "QualityLoop")
    set(CPACK_NSIS_DISPLAY_NAME "QualityLoop ${PROJECT_VERSION}")
    set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
    set(CPACK_NSIS_MUI_ICON "${QL_WINDOWS_ICON}")
    set(CPACK_NSIS_MUI_UNIICON "${QL_WINDOWS_ICON}")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\qualityloop.exe")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_CONTACT "${QL_MAINTAINER}")
    set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
    # Installing over an older version first runs that version's uninstaller.
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    # Start menu: "QualityLoop" starts bin\qualityloop.exe; CPack adds "Uninstall QualityLoop"
    # and writes Uninstall.exe with its Add/Remove Programs entry.
    set(CPACK_PACKAGE_EXECUTABLES "qualityloop" "QualityLoop")
endif()

include(CPack)
