#!/usr/bin/env python3
"""Emulator benchmarks (issue: infinity-sim), run by scripts/bench.

1. CPU of serving worker_vm for 1,000 nodes at 10 requests/s, measured from
   /proc as the emulator's own user+system time, side by side with the same
   emulator left idle for the same time (its call simulation is the
   reference).
2. RSS while a 4 GiB package is uploaded, single-shot with curl and chunked
   (64 MiB chunks over one keep-alive connection), against the RSS before
   the upload.

Usage: bench_emulator.py INFINITY_SIM_BINARY [--size 4G] [--seconds 20]
Linux only (reads /proc).
"""

import argparse
import http.client
import os
import re
import shutil
import ssl
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import base64
import json

AUTH = "Basic " + base64.b64encode(b"admin:bench").decode()


def clock_ticks(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def start_sim(binary, workdir, nodes):
    proc = subprocess.Popen(
        [binary, "serve", "--port", "0", "--nodes", str(nodes), "--data-dir", workdir,
         "--user", "admin:bench", "--time-scale", "1"],
        stdout=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    match = re.search(r"at https://127\.0\.0\.1:(\d+)/", line)
    if not match:
        proc.kill()
        sys.exit(f"bench_emulator: could not start infinity-sim: {line!r}")
    threading.Thread(target=proc.stdout.read, daemon=True).start()
    return proc, int(match.group(1))


def connection(port):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return http.client.HTTPSConnection("127.0.0.1", port, context=ctx, timeout=60)


def cpu_percent(pid, seconds, load=None):
    """CPU of `pid` over `seconds`, in percent of one core, while `load` runs."""
    hz = os.sysconf("SC_CLK_TCK")
    before = clock_ticks(pid)
    start = time.monotonic()
    requests = 0
    if load:
        requests = load(seconds)
    else:
        time.sleep(seconds)
    elapsed = time.monotonic() - start
    return 100.0 * (clock_ticks(pid) - before) / hz / elapsed, requests


def paced_gets(port, path, rate):
    def run(seconds):
        conn = connection(port)
        n = 0
        start = time.monotonic()
        while time.monotonic() - start < seconds:
            due = start + n / rate
            pause = due - time.monotonic()
            if pause > 0:
                time.sleep(pause)
            conn.request("GET", path, headers={"Authorization": AUTH})
            response = conn.getresponse()
            body = response.read()
            if response.status != 200:
                sys.exit(f"bench_emulator: GET {path} -> {response.status} {body[:200]!r}")
            n += 1
        return n
    return run


def bench_cpu(binary, workdir, seconds):
    proc, port = start_sim(binary, workdir, 1000)
    try:
        time.sleep(2)
        rows = []
        idle, _ = cpu_percent(proc.pid, seconds)
        rows.append(("idle emulator, 1,000 nodes (reference)", idle, 0))
        for label, path in (("10 req/s, whole list (limit=1000)", "/api/admin/status/v1/worker_vm/?limit=1000"),
                            ("10 req/s, default page (limit=20)", "/api/admin/status/v1/worker_vm/")):
            pct, n = cpu_percent(proc.pid, seconds, paced_gets(port, path, 10.0))
            rows.append((label, pct, n))
        print(f"\nworker_vm serving CPU, {seconds} s each, percent of one core")
        print(f"{'load':<44} {'cpu %':>8} {'requests':>9} {'above idle':>11}")
        for label, pct, n in rows:
            print(f"{label:<44} {pct:8.2f} {n:9d} {pct - idle:10.2f}%")
    finally:
        proc.terminate()
        proc.wait()


def sample_rss(pid, stop, samples):
    while not stop.is_set():
        samples.append(rss_kib(pid))
        time.sleep(0.05)


def upload_chunked(port, path, chunk):
    size = os.path.getsize(path)
    conn = connection(port)
    conn.request("POST", "/api/admin/configuration/v1/upgrade/",
                 body=json.dumps({"request": True, "total_size": size}),
                 headers={"Authorization": AUTH, "Content-Type": "application/json"})
    response = conn.getresponse()
    created = json.loads(response.read())
    upload_id = created["uuid"]
    with open(path, "rb") as f:
        offset = 0
        while offset < size:
            length = min(chunk, size - offset)
            conn.putrequest("POST", f"/api/admin/configuration/v1/upgrade_request/{upload_id}/upload/?offset={offset}")
            conn.putheader("Authorization", AUTH)
            conn.putheader("Content-Type", "application/octet-stream")
            conn.putheader("Content-Length", str(length))
            conn.endheaders()
            left = length
            while left:
                block = f.read(min(left, 1 << 20))
                conn.send(block)
                left -= len(block)
            response = conn.getresponse()
            body = response.read()
            if response.status != 200:
                sys.exit(f"bench_emulator: chunk at {offset} -> {response.status} {body[:200]!r}")
            offset += length
    # validate_only: without it, finish/ performs the upgrade.
    conn.request("POST", f"/api/admin/configuration/v1/upgrade_request/{upload_id}/finish/",
                 body=json.dumps({"validate_only": True}),
                 headers={"Authorization": AUTH, "Content-Type": "application/json"})
    response = conn.getresponse()
    return response.status, json.loads(response.read())


def bench_upload(binary, workdir, size):
    package = os.path.join(workdir, "bench-package.tar")
    subprocess.run([binary, "make-package", "--version", "11 (71234.0.0)", "--size", size, package],
                   check=True, stdout=subprocess.DEVNULL)
    file_mib = os.path.getsize(package) / 2**20
    proc, port = start_sim(binary, workdir, 12)
    try:
        time.sleep(1)
        print(f"\nupload of a {file_mib:.0f} MiB package: emulator RSS (MiB)")
        print(f"{'upload':<44} {'before':>8} {'peak':>8} {'growth':>8} {'MB/s':>8}")
        for label, run in (
            ("single-shot, curl -F package=@FILE", lambda: subprocess.run(
                ["curl", "-sk", "-u", "admin:bench", "-F", f"package=@{package}",
                 f"https://127.0.0.1:{port}/api/admin/configuration/v1/upgrade/"],
                check=True, stdout=subprocess.PIPE).stdout),
            ("chunked, 64 MiB chunks (resumable protocol)", lambda: upload_chunked(port, package, 64 << 20)),
        ):
            before = rss_kib(proc.pid)
            samples, stop = [], threading.Event()
            sampler = threading.Thread(target=sample_rss, args=(proc.pid, stop, samples))
            sampler.start()
            start = time.monotonic()
            result = run()
            elapsed = time.monotonic() - start
            stop.set()
            sampler.join()
            ok = (b'"ok":true' in result) if isinstance(result, bytes) else result[0] == 200
            if not ok:
                sys.exit(f"bench_emulator: upload failed: {str(result)[:300]}")
            peak = max(samples + [before])
            print(f"{label:<44} {before / 1024:8.1f} {peak / 1024:8.1f} {(peak - before) / 1024:8.1f} "
                  f"{os.path.getsize(package) / elapsed / 1e6:8.0f}")
    finally:
        proc.terminate()
        proc.wait()
        os.remove(package)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary")
    parser.add_argument("--size", default="4G")
    parser.add_argument("--seconds", type=int, default=20)
    args = parser.parse_args()
    if not shutil.which("curl"):
        sys.exit("bench_emulator: curl is needed (scripts/install-deps installs it)")
    workdir = tempfile.mkdtemp(prefix="bench-emulator-")
    try:
        print(f"Emulator benchmarks ({os.cpu_count()} cores)")
        bench_cpu(args.binary, workdir, args.seconds)
        bench_upload(args.binary, workdir, args.size)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
