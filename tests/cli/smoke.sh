#!/usr/bin/env bash
# The command-line smoke: every infinity-sim and upgradectl command once as
# a user runs them, and `upgradectl reboot NODE --yes` twenty times, against
# real emulators on loopback. Run by ctest (cli.smoke) in every build — the
# sanitizer build of scripts/test included, where any memory error aborts
# the program that made it. Fails on any unexpected exit code, and at once
# on a program that died of a signal.
#
#   tests/cli/smoke.sh INFINITY_SIM UPGRADECTL
set -uo pipefail
sim_bin=$1
ctl_bin=$2
work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
    wait 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

export HOME=$work/home XDG_CONFIG_HOME=$work/home/config XDG_DATA_HOME=$work/home/data XDG_CACHE_HOME=$work/home/cache
export NO_COLOR=1 SMOKE_PASSWORD=smoke-pw
mkdir -p "$HOME"
failures=0
step=0

# expect CODE LABEL COMMAND...: runs it and checks the exit code.
expect() {
    local want=$1 label=$2
    shift 2
    step=$((step + 1))
    "$@" >"$work/out" 2>"$work/err"
    local got=$?
    if [ "$got" -ge 128 ]; then
        echo "smoke: FATAL $label: killed by signal $((got - 128))" >&2
        cat "$work/err" >&2
        exit 1
    fi
    if [ "$got" -ne "$want" ]; then
        echo "smoke: FAIL $label: exit $got, expected $want" >&2
        tail -n 20 "$work/out" "$work/err" >&2
        failures=$((failures + 1))
    else
        echo "smoke: ok   $label"
    fi
}

# start_sim NAME ARGS...: an emulator on a free port; sets NAME_url and NAME_pin.
start_sim() {
    local name=$1
    shift
    # upgradectl still reads the extensions (upgrade_run, log, reboot): issue 12.
    "$sim_bin" serve --port 0 --data-dir "$work/$name-data" --user admin:$SMOKE_PASSWORD --api extended "$@" \
        >"$work/$name.log" 2>&1 &
    pids+=($!)
    for _ in $(seq 1 100); do
        grep -q fingerprint "$work/$name.log" 2>/dev/null && break
        sleep 0.1
    done
    local url pin
    url=$(sed -n 's|.* at \(https://[^/]*\)/api/admin/.*|\1|p' "$work/$name.log")
    pin=$(sed -n 's|certificate SHA-256 fingerprint: ||p' "$work/$name.log")
    if [ -z "$url" ] || [ -z "$pin" ]; then
        echo "smoke: FATAL the emulator $name did not start:" >&2
        cat "$work/$name.log" >&2
        exit 1
    fi
    printf -v "${name}_url" '%s' "$url"
    printf -v "${name}_pin" '%s' "$pin"
}

# --- infinity-sim
expect 0 "infinity-sim --help" "$sim_bin" --help
expect 0 "make-package 11" "$sim_bin" make-package --version "11 (71234.0.0)" --size 2M "$work/p11.tar"
expect 0 "make-package 6" "$sim_bin" make-package --version "6 (24180.0.0)" --size 1M "$work/p6.tar"
expect 0 "make-package --not-a-package" "$sim_bin" make-package --not-a-package --size 64k "$work/notes.pdf"
expect 1 "serve with wrong options" "$sim_bin" serve --nodes 0
start_sim main --nodes 12 --time-scale 3000 --seed 7
start_sim old --nodes 4 --version "3 (15000.0.0)" --time-scale 3000 --seed 7
port=${main_url##*:}
expect 3 "serve on a busy port" "$sim_bin" serve --port "$port" --data-dir "$work/busy" --user a:b

conn=(--url "$main_url" --user admin --password-env SMOKE_PASSWORD --pin "$main_pin")

# --- upgradectl, read side
expect 0 "upgradectl --help" "$ctl_bin" --help
expect 0 "upgradectl --version" "$ctl_bin" --version
expect 0 "profile save" "$ctl_bin" "${conn[@]}" profile save smoke
expect 0 "profile list" "$ctl_bin" profile list
expect 0 "status" "$ctl_bin" "${conn[@]}" status
expect 0 "status --json" "$ctl_bin" "${conn[@]}" status --json
expect 0 "status --profile" "$ctl_bin" --profile smoke --password-env SMOKE_PASSWORD status
expect 0 "inspect" "$ctl_bin" inspect "$work/p11.tar"
expect 0 "inspect --json against the deployment" "$ctl_bin" "${conn[@]}" inspect "$work/p11.tar" --json
expect 3 "inspect a wrong file --json" "$ctl_bin" inspect "$work/notes.pdf" --json
expect 0 "plan" "$ctl_bin" plan --to 11 --from 3
expect 0 "plan against the deployment" "$ctl_bin" "${conn[@]}" plan --to 11
expect 9 "status with a wrong password" env SMOKE_PASSWORD=wrong "$ctl_bin" "${conn[@]}" status
expect 1 "an unknown command" "$ctl_bin" frobnicate

# --- reboot a Conferencing Node, twenty times (it once aborted most runs)
for i in $(seq 1 20); do
    expect 0 "reboot node $(( (i - 1) % 12 + 1 )) (#$i)" "$ctl_bin" "${conn[@]}" reboot $(( (i - 1) % 12 + 1 )) --yes
done

# --- upgrade, watched by a second upgradectl, then the report
"$ctl_bin" "${conn[@]}" upgrade "$work/p11.tar" --yes --interval 1 >"$work/upgrade.out" 2>&1 &
upgrade=$!
for _ in $(seq 1 100); do
    "$ctl_bin" "${conn[@]}" status --json 2>/dev/null | grep -q '"state": "running"' && break
    sleep 0.2
done
expect 0 "watch" "$ctl_bin" "${conn[@]}" watch --interval 1
wait "$upgrade"
code=$?
if [ "$code" -ne 0 ]; then
    echo "smoke: FAIL upgrade: exit $code" >&2
    tail -n 20 "$work/upgrade.out" >&2
    [ "$code" -ge 128 ] && exit 1
    failures=$((failures + 1))
else
    echo "smoke: ok   upgrade"
fi
expect 0 "report csv" "$ctl_bin" "${conn[@]}" report --format csv --output "$work/report.csv"
expect 0 "report html" "$ctl_bin" "${conn[@]}" report --format html --output "$work/report.html"
expect 0 "reboot management" "$ctl_bin" "${conn[@]}" reboot management --yes

# --- the guided upgrade v3 → v6 → v11 on the second emulator
old_conn=(--url "$old_url" --user admin --password-env SMOKE_PASSWORD --pin "$old_pin")
expect 0 "upgrade-path" "$ctl_bin" "${old_conn[@]}" --interval 1 upgrade-path "$work/p6.tar" "$work/p11.tar" --yes

expect 0 "profile remove" "$ctl_bin" profile remove smoke

echo "smoke: $step steps, $failures failed"
[ "$failures" -eq 0 ]
