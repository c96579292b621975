#!/usr/bin/env bash
# The Linux packages as an admin gets them (ctest label `package`):
# `make` packs the build once with CPack (DEB and TGZ) and unpacks both, the
# other checks share that result (a ctest fixture). Every program is run from
# the unpacked tree, never from the build tree, so the checks prove what the
# package holds: the programs, their translations, icons, menu entries,
# metainfo, man pages, completion and the kiosk unit.
#
#   tests/package/check.sh CHECK      (the environment comes from CMake: see CMakeLists.txt)
set -uo pipefail
check=$1
: "${BUILD_DIR:?}" "${OUT:?}" "${PROJECT_VERSION:?}" "${APP_ID:?}" "${PACKAGE_NAME:?}" "${VERSION_TEXT:?}" "${ICON_DIR:?}"
root=$OUT/root      # the DEB, unpacked as it is installed (usr/…)
tgz=$OUT/tgz        # the TGZ, unpacked
failures=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
ok() { echo "ok: $*"; }
die() {
    echo "FAIL: $*" >&2
    exit 1
}
deb_file() {
    local debs=("$OUT"/*.deb)
    [ -f "${debs[0]}" ] || die "no .deb in $OUT (did package.make pass?)"
    echo "${debs[0]}"
}
# A home of its own for each program run: no settings of the user's, no keyring needed.
fresh_home() {
    local home
    home=$(mktemp -d "$OUT/home.XXXXXX")
    export HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share XDG_CACHE_HOME=$home/.cache
    unset LANGUAGE LC_ALL LC_MESSAGES
    export LANG=C.UTF-8
}

check_make() {
    rm -rf "$OUT"
    mkdir -p "$OUT"
    local started=$SECONDS
    cpack --config "$BUILD_DIR/CPackConfig.cmake" -G "DEB;TGZ" -B "$OUT" >"$OUT/cpack.log" 2>&1 ||
        { cat "$OUT/cpack.log" >&2; die "cpack failed"; }
    rm -rf "$OUT/_CPack_Packages"
    local deb
    deb=$(deb_file)
    mkdir -p "$root" "$tgz"
    dpkg-deb -x "$deb" "$root" || die "dpkg-deb -x $deb failed"
    local tarballs=("$OUT"/*.tar.gz)
    [ -f "${tarballs[0]}" ] || die "no .tar.gz in $OUT"
    tar -xzf "${tarballs[0]}" -C "$tgz" || die "cannot unpack ${tarballs[0]}"
    ok "packed and unpacked in $((SECONDS - started)) s:"
    ls -l "$OUT"/*.deb "$OUT"/*.tar.gz
}

# What an admin expects to find installed.
expected_files() {
    cat <<EOF
./usr/bin/upgrade-console
./usr/bin/upgradectl
./usr/bin/infinity-sim
./usr/share/upgrade-console/translations/upgrade-console_nb.qm
./usr/share/upgrade-console/translations/upgrade-console_de.qm
./usr/share/applications/$APP_ID.desktop
./usr/share/applications/$APP_ID.Wall.desktop
./usr/share/metainfo/$APP_ID.metainfo.xml
./usr/share/icons/hicolor/scalable/apps/$APP_ID.svg
./usr/share/man/man1/upgrade-console.1.gz
./usr/share/man/man1/upgradectl.1.gz
./usr/share/man/man1/infinity-sim.1.gz
./usr/share/bash-completion/completions/upgradectl
./usr/lib/systemd/user/upgrade-console-wall.service
./usr/share/doc/$PACKAGE_NAME/copyright
./usr/share/doc/$PACKAGE_NAME/changelog.gz
EOF
    for size in $ICON_SIZES; do
        echo "./usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    done
}

check_deb_contents() {
    local deb listing
    deb=$(deb_file)
    listing=$(dpkg-deb -c "$deb" | awk '{print $NF}')
    while read -r path; do
        grep -qxF "$path" <<<"$listing" && ok "$path" || fail "the DEB lacks $path"
    done < <(expected_files)
    # Nothing from the build machine: no build tree paths, no test programs.
    if grep -E "/tst_|/bench_|iuc_makeicons|/build/" <<<"$listing"; then
        fail "the DEB holds build or test files (above)"
    fi
    local version
    version=$(dpkg-deb -f "$deb" Version)
    [ "$version" = "$PROJECT_VERSION" ] && ok "Version: $version" || fail "Version is '$version', not $PROJECT_VERSION"
}

check_deb_dependencies() {
    local deb depends
    deb=$(deb_file)
    depends=$(dpkg-deb -f "$deb" Depends)
    echo "Depends: $depends"
    # Computed by dpkg-shlibdeps from what the programs link, plus the platform plugins.
    for needed in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6charts6 libqt6svg6 \
        libqt6keychain1 libqcoro6core0 libqcoro6network0 libarchive13 libcpp-httplib0.11 libssl3 \
        qt6-qpa-plugins; do
        grep -qE "(^|[ ,|])$needed([ ,(]|$)" <<<"$depends" && ok "depends on $needed" ||
            fail "Depends lacks $needed"
    done
}

check_lintian() {
    local deb
    deb=$(deb_file)
    # Errors fail; warnings and notes are shown for the reader.
    lintian --fail-on error --display-info --tag-display-limit 0 "$deb"
    local status=$?
    [ $status -eq 0 ] && ok "lintian: no errors" || fail "lintian found errors (exit $status)"
}

check_desktop_entries() {
    for entry in "$root/usr/share/applications/$APP_ID.desktop" "$root/usr/share/applications/$APP_ID.Wall.desktop"; do
        desktop-file-validate "$entry" && ok "desktop-file-validate $(basename "$entry")" ||
            fail "desktop-file-validate $(basename "$entry")"
        # Each Exec line starts a program the package installs; the icon is in the theme.
        while read -r program; do
            [ -x "$root/usr/bin/$program" ] && ok "Exec $program is installed" ||
                fail "$(basename "$entry"): Exec=$program is not in the package"
        done < <(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$entry" | sort -u)
        local icon
        icon=$(sed -n 's/^Icon=//p' "$entry")
        [ -f "$root/usr/share/icons/hicolor/scalable/apps/$icon.svg" ] && ok "Icon $icon is in hicolor" ||
            fail "$(basename "$entry"): Icon=$icon is not in the hicolor theme"
    done
    grep -qx "Exec=upgrade-console --wall" "$root/usr/share/applications/$APP_ID.Wall.desktop" ||
        fail "the wall entry does not start the wall display"
}

check_metainfo() {
    local metainfo=$root/usr/share/metainfo/$APP_ID.metainfo.xml
    appstreamcli validate --no-net --explain "$metainfo" && ok "appstreamcli validate --no-net" ||
        fail "appstreamcli validate --no-net"
    grep -q "<release version=\"$PROJECT_VERSION\" date=\"[0-9-]*\">" "$metainfo" &&
        ok "release notes of $PROJECT_VERSION" || fail "the metainfo has no dated release $PROJECT_VERSION"
    grep -q "<launchable type=\"desktop-id\">$APP_ID.desktop</launchable>" "$metainfo" &&
        [ -f "$root/usr/share/applications/$APP_ID.desktop" ] && ok "launchable is the installed entry" ||
        fail "the metainfo's launchable is not the installed desktop entry"
}

check_icons() {
    for size in $ICON_SIZES; do
        local png=$root/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png
        file -b "$png" | grep -q "PNG image data, $size x $size," && ok "${size}x${size} PNG" ||
            fail "$png is not a ${size}x${size} PNG: $(file -b "$png")"
    done
    # The Windows and macOS icons, drawn by the same build (not packaged here).
    file -b "$ICON_DIR/$APP_ID.ico" | grep -q "MS Windows icon resource - 7 icons" && ok ".ico: $(file -b "$ICON_DIR/$APP_ID.ico")" ||
        fail ".ico: $(file -b "$ICON_DIR/$APP_ID.ico")"
    file -b "$ICON_DIR/$APP_ID.icns" | grep -q "Mac OS X icon" && ok ".icns: $(file -b "$ICON_DIR/$APP_ID.icns")" ||
        fail ".icns: $(file -b "$ICON_DIR/$APP_ID.icns")"
}

# --version and --help of each installed program, from the unpacked tree.
check_programs_run() {
    fresh_home
    local expected
    expected=$(cat "$VERSION_TEXT")
    for program in upgrade-console upgradectl infinity-sim; do
        local exe=$root/usr/bin/$program out
        out=$("$exe" --version 2>&1)
        [ "$out" = "$program $expected" ] && ok "$program --version: $out" ||
            fail "$program --version said '$out', not '$program $expected'"
        out=$("$exe" --help 2>&1)
        local status=$?
        [ $status -eq 0 ] && grep -q "Usage: .*$program" <<<"$out" && ok "$program --help" ||
            fail "$program --help (exit $status): $out"
    done
}

# The installed programs speak German from the installed .qm files: take
# those away and the same command is English again.
check_translations_installed() {
    fresh_home
    local ctl=$root/usr/bin/upgradectl qm=$root/usr/share/upgrade-console/translations
    local german english
    german=$("$ctl" --lang de --help 2>&1)
    english=$("$ctl" --help 2>&1)
    # The description (line 2) is the project's own text; "Usage" above it is Qt's.
    local german_line english_line
    german_line=$(sed -n 2p <<<"$german")
    english_line=$(sed -n 2p <<<"$english")
    [ -n "$german_line" ] && [ "$german_line" != "$english_line" ] && ok "upgradectl --lang de: $german_line" ||
        fail "upgradectl --lang de --help is not translated: '$german_line'"
    mv "$qm" "$qm.away"
    local without
    without=$("$ctl" --lang de --help 2>&1)
    mv "$qm.away" "$qm"
    [ "$without" = "$english" ] && ok "without the installed .qm files it is English: they are the ones used" ||
        fail "upgradectl found translations elsewhere than in the package"
    # The tarball is relocatable: the same from wherever it is unpacked.
    local tgz_ctl
    tgz_ctl=$(find "$tgz" -path '*/bin/upgradectl' | head -n 1)
    [ -n "$tgz_ctl" ] && [ "$("$tgz_ctl" --lang de --help 2>&1 | sed -n 2p)" = "$german_line" ] &&
        ok "the TGZ's upgradectl speaks German too" ||
        fail "the TGZ's upgradectl does not find its translations"
}

# The installed console runs its demo and saves a picture, offscreen.
check_console_demo_screenshot() {
    fresh_home
    local picture=$OUT/installed-console-de.png
    rm -f "$picture"
    QT_QPA_PLATFORM=offscreen timeout 120 "$root/usr/bin/upgrade-console" --demo --lang de \
        --screenshot "$picture" --screenshot-after 4
    local status=$?
    [ $status -eq 0 ] || fail "upgrade-console --demo --screenshot exited $status"
    file -b "$picture" | grep -q "PNG image data, 1480 x 920," && ok "screenshot: $picture ($(file -b "$picture"))" ||
        fail "no 1480x920 picture at $picture"
}

check_man_pages() {
    fresh_home
    for program in upgrade-console upgradectl infinity-sim; do
        local page=$root/usr/share/man/man1/$program.1.gz text
        text=$(MANWIDTH=200 man -l "$page" 2>"$OUT/man-$program.err" | col -b)
        [ -s "$OUT/man-$program.err" ] && fail "man $program warns: $(cat "$OUT/man-$program.err")"
        grep -q "^NAME" <<<"$text" && grep -q "$program" <<<"$text" || fail "$page has no NAME"
        # Every option --help lists is in the page (infinity-sim's under its commands).
        local helps=("$root/usr/bin/$program --help")
        [ "$program" = infinity-sim ] && helps+=("$root/usr/bin/$program serve --help" "$root/usr/bin/$program make-package --help")
        local missing=0 options
        for help in "${helps[@]}"; do
            options=$($help 2>&1 | grep -oE '(^|[ ,])--[a-z][a-z0-9-]*' | tr -d ' ,' | sort -u)
            for option in $options; do
                grep -qF -- "$option" <<<"$text" || { fail "man $program lacks $option"; missing=1; }
            done
        done
        [ $missing -eq 0 ] && ok "man $program: every option of --help"
    done
}

# bash completion: commands and options as --help lists them, profile names
# as upgradectl saved them.
check_bash_completion() {
    fresh_home
    [ -r /usr/share/bash-completion/bash_completion ] || die "bash-completion is not installed (scripts/install-deps)"
    PATH=$root/usr/bin:$PATH upgradectl profile save "NOC wall" --url https://mgr.example.test --user reader >/dev/null ||
        fail "upgradectl profile save failed"
    PATH=$root/usr/bin:$PATH upgradectl profile save lab --url https://lab.example.test --user admin >/dev/null
    local result
    result=$(PATH=$root/usr/bin:$PATH bash -c '
        source /usr/share/bash-completion/bash_completion
        source "$1"
        complete_line() { # the words of a command line; the last is being typed
            COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
            COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}; COMPREPLY=()
            _upgradectl upgradectl "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf "%s\n" "${COMPREPLY[@]}"
        }
        echo "== commands"; complete_line upgradectl ""
        echo "== options"; complete_line upgradectl --
        echo "== profiles"; complete_line upgradectl --profile ""
        echo "== remove"; complete_line upgradectl profile remove ""
        echo "== format"; complete_line upgradectl report --format ""
    ' completion "$root/usr/share/bash-completion/completions/upgradectl")
    section() { awk -v s="== $1" '$0 == s {on = 1; next} /^== / {on = 0} on' <<<"$result"; }
    local help commands
    help=$("$root/usr/bin/upgradectl" --help)
    # The commands the program knows (its "command" argument lists them) and
    # those its help describes: completion offers every one.
    commands=$( (awk '/^Commands:/ {on = 1; next} /^$/ {on = 0} on && /^  [a-z]/ {print $1}' <<<"$help"
        awk '/^Arguments:/ {on = 1; next} on' <<<"$help" | tr ',' ' ' | grep -oE '[a-z][a-z-]*' | grep -vx command) |
        sort -u)
    [ "$(wc -w <<<"$commands")" -ge 9 ] || fail "no commands found in upgradectl --help: $commands"
    for command in $commands; do
        section commands | grep -qx "$command" || fail "completion does not offer the command $command"
    done
    for option in $(grep -oE '^ +(-[a-zA-Z], )?--[a-z][a-z-]*' <<<"$help" | grep -oE -- '--[a-z-]+'); do
        section options | grep -qx -- "$option" || fail "completion does not offer $option"
    done
    section profiles | grep -qxF 'NOC\ wall' && section profiles | grep -qx "lab" && ok "profile names: $(section profiles | tr '\n' ';')" ||
        fail "completion of --profile: '$(section profiles | tr '\n' ';')'"
    section remove | grep -qx "lab" || fail "profile remove does not complete profile names"
    [ "$(section format | sort | tr '\n' ' ')" = "csv html " ] || fail "report --format: $(section format | tr '\n' ' ')"
    [ $failures -eq 0 ] && ok "commands ($(echo $commands | wc -w)), options and profile names"
}

# The kiosk unit is a valid systemd user unit that starts the installed wall display.
check_wall_unit() {
    local unit=$root/usr/lib/systemd/user/upgrade-console-wall.service
    grep -qx "ExecStart=upgrade-console --wall" "$unit" || fail "the unit does not start upgrade-console --wall"
    # systemd-analyze wants an absolute, existing program: the unpacked one.
    local copy=$OUT/upgrade-console-wall.service
    sed "s|^ExecStart=upgrade-console|ExecStart=$root/usr/bin/upgrade-console|" "$unit" >"$copy"
    # A user manager's runtime folder (scripts/keyring-session has one; a bare ctest may not).
    if [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -d "$XDG_RUNTIME_DIR" ]; then
        export XDG_RUNTIME_DIR=$OUT/runtime
        mkdir -p -m 700 "$XDG_RUNTIME_DIR"
    fi
    local out
    out=$(SYSTEMD_LOG_LEVEL=warning systemd-analyze --user verify --man=no "$copy" 2>&1)
    if grep -v -e "Failed to .*bus" -e "XDG_RUNTIME_DIR" <<<"$out" | grep -q .; then
        fail "systemd-analyze verify: $out"
    else
        ok "systemd-analyze --user verify"
    fi
}

# The version: the project's, with the commit when built from a checkout,
# the project's alone from a source tarball (no .git).
check_version() {
    local work=$OUT/version-check
    rm -rf "$work"
    mkdir -p "$work/tarball"
    cmake -DSOURCE_DIR="$work/tarball" -DVERSION="$PROJECT_VERSION" -DHEADER="$work/t.h" -DTEXT="$work/t.txt" \
        -P "$SOURCE_DIR/cmake/WriteVersion.cmake" || fail "WriteVersion.cmake failed"
    [ "$(cat "$work/t.txt")" = "$PROJECT_VERSION" ] && ok "from a tarball: $PROJECT_VERSION" ||
        fail "from a tarball the version is '$(cat "$work/t.txt")'"
    grep -qx "#define IUC_VERSION_FULL \"$PROJECT_VERSION\"" "$work/t.h" || fail "header: $(cat "$work/t.h")"
    if [ -e "$SOURCE_DIR/.git" ]; then
        local describe
        describe=$(git -C "$SOURCE_DIR" describe --tags --always --dirty --match 'v[0-9]*')
        grep -qF "$describe" "$VERSION_TEXT" && ok "from this checkout: $(cat "$VERSION_TEXT")" ||
            fail "built from a checkout at $describe, the programs say '$(cat "$VERSION_TEXT")'"
    fi
}

case $check in
    make) check_make ;;
    deb-contents) check_deb_contents ;;
    deb-dependencies) check_deb_dependencies ;;
    lintian) check_lintian ;;
    desktop-entries) check_desktop_entries ;;
    metainfo) check_metainfo ;;
    icons) check_icons ;;
    programs-run) check_programs_run ;;
    translations) check_translations_installed ;;
    console-screenshot) check_console_demo_screenshot ;;
    man-pages) check_man_pages ;;
    bash-completion) check_bash_completion ;;
    wall-unit) check_wall_unit ;;
    version) check_version ;;
    *) die "unknown check '$check'" ;;
esac
[ $failures -eq 0 ] || { echo "$check: $failures failure(s)" >&2; exit 1; }
