# What a system installation holds besides the three programs, and the Debian package made of it
# (`cpack -G DEB` in the build folder; scripts/package-check.sh builds and checks it).
# Included from the top-level CMakeLists.txt after the programs; packaging/README.md lists the
# package's contents.
#
#   share/applications, share/metainfo      desktop file and AppStream metadata (org.parkwatt.Parkwatt)
#   share/icons/hicolor/*/apps              the SVG icon and PNGs rendered from it
#   share/man/man1                          parkwatt.1, parkwattd.1, parkwatt-sim.1 (gzip -n)
#   share/doc/parkwatt                      copyright (DEP-5), changelog.gz, README.md, examples/
#   lib/systemd/system, lib/sysusers.d      parkwattd.service, parkwatt-kiosk.service, the user
#
# (share/parkwatt/{profiles,demo,translations} come from resources/ and translations/.)
#
# The unit files name /usr/bin: they are for the package, whose prefix is /usr.

include_guard(GLOBAL)

set(PARKWATT_APP_ID "org.parkwatt.Parkwatt")
set(parkwatt_packaging_dir "${CMAKE_CURRENT_LIST_DIR}")
set(parkwatt_packaging_out "${CMAKE_BINARY_DIR}/packaging")
set(parkwatt_doc_dir "${CMAKE_INSTALL_DATADIR}/doc/parkwatt")

find_program(PARKWATT_GZIP gzip REQUIRED)
set(parkwatt_generated "")

# gzip -9n: maximum compression and no name or time stamp in the header, so the package is
# reproducible (lintian checks both for manual pages and changelogs).
function(parkwatt_gzip input output)
    add_custom_command(OUTPUT "${output}"
        COMMAND sh -c "\"$1\" -9nc \"$2\" > \"$3\"" sh "${PARKWATT_GZIP}" "${input}" "${output}"
        DEPENDS "${input}"
        COMMENT "Compressing ${output}"
        VERBATIM)
endfunction()

# --- Icons ---------------------------------------------------------------------------------------
# The SVG is the only source. The PNGs for the hicolor sizes are rendered from it at build time with
# rsvg-convert (librsvg2-bin, the renderer GNOME and most Debian packages use for their icons), so
# they never drift from the SVG and no binary blobs sit in git. Without it only the scalable icon is
# installed (package-check.sh then fails, since the package must have the PNGs).
set(parkwatt_icon_svg "${CMAKE_SOURCE_DIR}/resources/icons/parkwatt.svg")
install(FILES "${parkwatt_icon_svg}"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
    RENAME "${PARKWATT_APP_ID}.svg")
find_program(PARKWATT_RSVG_CONVERT rsvg-convert)
set(parkwatt_icon_pngs "")
if(PARKWATT_RSVG_CONVERT)
    foreach(size 16 32 48 64 128 256)
        set(png_dir "${parkwatt_packaging_out}/icons/${size}x${size}")
        set(png "${png_dir}/${PARKWATT_APP_ID}.png")
        add_custom_command(OUTPUT "${png}"
            COMMAND "${CMAKE_COMMAND}" -E make_directory "${png_dir}"
            COMMAND "${PARKWATT_RSVG_CONVERT}" --width ${size} --height ${size} --format png
                    --output "${png}" "${parkwatt_icon_svg}"
            DEPENDS "${parkwatt_icon_svg}"
            COMMENT "Rendering the ${size}x${size} icon"
            VERBATIM)
        list(APPEND parkwatt_icon_pngs "${png}")
        install(FILES "${png}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
    endforeach()
    add_custom_target(parkwatt_icon_files DEPENDS ${parkwatt_icon_pngs})
    list(APPEND parkwatt_generated ${parkwatt_icon_pngs})
    # The same PNGs compiled into the parkwatt program, for its window icon wherever it runs (an
    # uninstalled build has no theme icon): :/parkwatt/icons/<size>x<size>/org.parkwatt.Parkwatt.png.
    add_dependencies(parkwatt parkwatt_icon_files)
    qt_add_resources(parkwatt "parkwatt_app_icon"
        PREFIX "/parkwatt/icons"
        BASE "${parkwatt_packaging_out}/icons"
        FILES ${parkwatt_icon_pngs})
else()
    message(WARNING "rsvg-convert not found (Debian: librsvg2-bin): the PNG icons are not rendered, "
        "only the SVG icon is installed, and parkwatt has no built-in window icon")
endif()

# --- Desktop integration -------------------------------------------------------------------------
install(FILES "${parkwatt_packaging_dir}/${PARKWATT_APP_ID}.desktop"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${parkwatt_packaging_dir}/${PARKWATT_APP_ID}.metainfo.xml"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")

# --- Manual pages ---------------------------------------------------------------------------------
set(PARKWATT_VERSION "${PROJECT_VERSION}") # @PARKWATT_VERSION@ in the pages' headers
foreach(page parkwatt.1 parkwattd.1 parkwatt-sim.1)
    configure_file("${parkwatt_packaging_dir}/man/${page}" "${parkwatt_packaging_out}/man/${page}" @ONLY)
    parkwatt_gzip("${parkwatt_packaging_out}/man/${page}" "${parkwatt_packaging_out}/man/${page}.gz")
    list(APPEND parkwatt_generated "${parkwatt_packaging_out}/man/${page}.gz")
    install(FILES "${parkwatt_packaging_out}/man/${page}.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
endforeach()

# --- Documentation ---------------------------------------------------------------------------------
parkwatt_gzip("${parkwatt_packaging_dir}/debian/changelog" "${parkwatt_packaging_out}/changelog.gz")
list(APPEND parkwatt_generated "${parkwatt_packaging_out}/changelog.gz")
install(FILES "${parkwatt_packaging_dir}/debian/copyright" "${parkwatt_packaging_out}/changelog.gz"
    "${parkwatt_packaging_dir}/README.md"
    DESTINATION "${parkwatt_doc_dir}")
install(FILES "${parkwatt_packaging_dir}/kiosk.env.example" "${parkwatt_packaging_dir}/kiosk.json.example"
    DESTINATION "${parkwatt_doc_dir}/examples")
# The changelog's newest entry should be this version (lintian compares them).
file(STRINGS "${parkwatt_packaging_dir}/debian/changelog" parkwatt_changelog_head LIMIT_COUNT 1)
if(NOT parkwatt_changelog_head MATCHES "^parkwatt \\(${PROJECT_VERSION}\\) ")
    message(WARNING "packaging/debian/changelog starts with '${parkwatt_changelog_head}', not version "
        "${PROJECT_VERSION}: add an entry for it")
endif()

# --- systemd -----------------------------------------------------------------------------------------
install(FILES "${parkwatt_packaging_dir}/parkwattd.service" "${parkwatt_packaging_dir}/parkwatt-kiosk.service"
    DESTINATION "lib/systemd/system")
install(FILES "${parkwatt_packaging_dir}/parkwatt.sysusers"
    DESTINATION "lib/sysusers.d" RENAME "parkwatt.conf")

# Everything above that the build makes; part of `all`. `parkwatt_package_inputs` builds exactly
# what the package holds (scripts/package-check.sh uses it instead of building every test).
add_custom_target(parkwatt_packaging_files ALL DEPENDS ${parkwatt_generated})
add_custom_target(parkwatt_package_inputs)
add_dependencies(parkwatt_package_inputs parkwatt parkwattd parkwatt-sim parkwatt_packaging_files)

# Full RELRO for the shipped programs (the GOT read-only after start), as Debian's default build
# flags give every package (dpkg-buildflags: -Wl,-z,relro -Wl,-z,now; lintian's hardening-no-bindnow).
# Link options only: no object is compiled differently.
foreach(program parkwatt parkwattd parkwatt-sim)
    target_link_options(${program} PRIVATE "LINKER:-z,relro" "LINKER:-z,now")
endforeach()

# --- The Debian package ----------------------------------------------------------------------------
# `cpack` installs what exists: it does not build `all` first (which would build every test and
# benchmark), so build the programs (or parkwatt_package_inputs) before running it.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(PARKWATT_PACKAGE_MAINTAINER "Parkwatt developers <packaging@parkwatt.org>"
    CACHE STRING "The Maintainer of the Debian package")
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "parkwatt")
set(CPACK_PACKAGE_VENDOR "The Parkwatt developers")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "${PARKWATT_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/parkwatt/parkwatt")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "energy management for buildings with EV garages")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")
set(CPACK_DEBIAN_PACKAGE_NAME "parkwatt")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/parkwatt/parkwatt")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION [=[
Parkwatt coordinates a building's rooftop photovoltaics, its stationary
battery and the electric cars parked on its (often bidirectional) chargers:
cars soak up solar surplus, shave the building's demand peaks and can carry
critical loads through a grid outage, while every driver still leaves with
the charge they asked for.

This package contains:
 - parkwatt: the control room (power flows, the garage bay by bay, history,
   policies, what-if runs, events, device health), the locked lobby kiosk
   and the commissioning wizard, with a built-in demo garage;
 - parkwattd: the headless engine (real-time control over Modbus TCP, a
   TLS API for remote control rooms and kiosks, simulation, audit, export,
   discovery, charger verification, users) and its systemd service;
 - parkwatt-sim: a Modbus TCP simulator of a site's devices.

The device profiles, the demo garage and the translations are also installed
as files under /usr/share/parkwatt.]=])
# dpkg-shlibdeps works out Depends from the programs' libraries (Qt 6, QCoro, Clp, SQLite,
# OpenSSL, libsystemd).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt's own texts (dialog buttons, the wizard's Back/Next) in the user's language; CJK glyphs for Chinese and Japanese.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "cage, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    "${parkwatt_packaging_dir}/debian/postinst"
    "${parkwatt_packaging_dir}/debian/prerm"
    "${parkwatt_packaging_dir}/debian/postrm")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
# Only the runtime files: no headers or static libraries exist, but keep it explicit.
set(CPACK_SOURCE_GENERATOR "")
include(CPack)
