#!/usr/bin/env python3
"""Soak run (issue "Hardening"), run by `scripts/bench soak`; a benchmark, not a test.

The console (offscreen) and `upgradectl upgrade … --yes` (which watches the
run to its end) follow a simulated 24-hour run of 1,000 Conferencing Nodes at
a high time scale, through a TCP proxy, while faults are injected at random:
nodes unreachable and back, stuck calls, every connection cut at the proxy,
and one admin reboot of the Management Node (which abandons the run; the
driver then starts the repeat run for the systems left behind, R6).

Sampled every few seconds: the RSS of the console and of upgradectl, and
the emulator's requests per second (from its request log,
QT_LOGGING_RULES=iuc.sim.http.debug=true). Reported: RSS growth after the
first simulated hour, requests per window (median, p95, max), faults
injected, how often each client's refresh loop came back to "Live" (from
their iuc.poller log), and whether anything crashed.

Usage: soak.py BIN_DIR [--nodes 1000] [--scale 144] [--minutes 10]
(BIN_DIR holds infinity-sim, upgradectl and upgrade-console.) Linux only;
run inside scripts/keyring-session (the console reads the password from
the keychain, as an admin's would).
"""

import argparse
import asyncio
import http.client
import json
import os
import random
import re
import shutil
import ssl
import statistics
import subprocess
import sys
import tempfile
import threading
import time

PASSWORD = "soak-pw"


def rss_mib(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return None


class Proxy:
    """Forwards TCP to the emulator; cut() resets every open connection."""

    def __init__(self, target_port):
        self.target_port = target_port
        self.port = None
        self.writers = set()
        self.loop = asyncio.new_event_loop()
        ready = threading.Event()
        threading.Thread(target=self._run, args=(ready,), daemon=True).start()
        ready.wait()

    def _run(self, ready):
        asyncio.set_event_loop(self.loop)
        server = self.loop.run_until_complete(asyncio.start_server(self._client, "127.0.0.1", 0))
        self.port = server.sockets[0].getsockname()[1]
        ready.set()
        self.loop.run_forever()

    async def _pipe(self, reader, writer):
        try:
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            writer.close()

    async def _client(self, reader, writer):
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.target_port)
        except OSError:
            writer.close()
            return
        self.writers.update({writer, up_writer})
        await asyncio.gather(self._pipe(reader, up_writer), self._pipe(up_reader, writer))
        self.writers.discard(writer)
        self.writers.discard(up_writer)

    def cut(self):
        def reset():
            for w in list(self.writers):
                sock = w.get_extra_info("socket")
                try:
                    sock.setsockopt(__import__("socket").SOL_SOCKET, __import__("socket").SO_LINGER,
                                    b"\x01\x00\x00\x00\x00\x00\x00\x00")  # RST, as a dropped link
                except OSError:
                    pass
                w.close()
            self.writers.clear()
        self.loop.call_soon_threadsafe(reset)


class Emulator:
    def __init__(self, binary, workdir, nodes):
        self.workdir = workdir
        self.log_path = os.path.join(workdir, "sim-requests.log")
        env = dict(os.environ, QT_LOGGING_RULES="iuc.sim.http.debug=true")
        self.proc = subprocess.Popen(
            [binary, "serve", "--port", "0", "--nodes", str(nodes), "--data-dir", os.path.join(workdir, "sim"),
             "--user", f"admin:{PASSWORD}", "--time-scale", "0", "--seed", "11",
             "--api", "extended"],  # the run, the reboot command: extensions
            stdout=subprocess.PIPE, stderr=open(self.log_path, "w"), text=True, env=env)
        url = self.proc.stdout.readline()
        fingerprint = self.proc.stdout.readline()
        m = re.search(r"https://127\.0\.0\.1:(\d+)/", url)
        if not m:
            sys.exit(f"soak: infinity-sim did not start: {url!r}")
        self.port = int(m.group(1))
        self.fingerprint = fingerprint.strip().split()[-1]
        threading.Thread(target=self.proc.stdout.read, daemon=True).start()
        self.context = ssl.create_default_context(cafile=os.path.join(workdir, "sim", "tls", "server.crt"))
        self.context.check_hostname = False

    def request(self, method, path, body=None):
        import base64
        conn = http.client.HTTPSConnection("127.0.0.1", self.port, context=self.context, timeout=30)
        headers = {"Authorization": "Basic " + base64.b64encode(f"admin:{PASSWORD}".encode()).decode(),
                   "Content-Type": "application/json"}
        conn.request(method, path, body=json.dumps(body) if body is not None else None, headers=headers)
        response = conn.getresponse()
        data = response.read()
        conn.close()
        return response.status, (json.loads(data) if data and data[:1] in b"{[" else data)

    def requests_so_far(self):
        with open(self.log_path, errors="replace") as f:
            return sum(1 for line in f if "iuc.sim.http" in line or line.startswith(("GET ", "POST ", "PATCH ")))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("bindir")
    parser.add_argument("--nodes", type=int, default=1000)
    parser.add_argument("--scale", type=float, default=144.0)  # 24 h in 10 min
    parser.add_argument("--minutes", type=float, default=10.5)
    parser.add_argument("--sample", type=float, default=5.0)
    args = parser.parse_args()
    sim_bin, ctl_bin, console_bin = (os.path.join(args.bindir, b) for b in ("infinity-sim", "upgradectl", "upgrade-console"))
    work = tempfile.mkdtemp(prefix="iuc-soak-")
    procs = []
    try:
        sim = Emulator(sim_bin, work, args.nodes)
        procs.append(sim.proc)
        proxy = Proxy(sim.port)
        url = f"https://127.0.0.1:{proxy.port}"
        package = os.path.join(work, "p11.tar")
        subprocess.run([sim_bin, "make-package", "--version", "11 (71234.0.0)", "--size", "8M", package], check=True,
                       stdout=subprocess.DEVNULL)
        env = dict(os.environ, SOAK_PASSWORD=PASSWORD, NO_COLOR="1", QT_QPA_PLATFORM="offscreen",
                   QT_LOGGING_RULES="iuc.poller.debug=true")
        subprocess.run([ctl_bin, "--url", url, "--user", "admin", "--pin", sim.fingerprint, "--password-env",
                        "SOAK_PASSWORD", "profile", "save", "soak"], check=True, env=env, stdout=subprocess.DEVNULL)

        console_log = open(os.path.join(work, "console.log"), "w")
        console = subprocess.Popen([console_bin, "--profile", "soak"], env=env, stdout=console_log,
                                   stderr=subprocess.STDOUT)
        procs.append(console)

        def start_upgrade(tag):
            log = open(os.path.join(work, f"upgradectl-{tag}.log"), "w")
            p = subprocess.Popen([ctl_bin, "--profile", "soak", "--password-env", "SOAK_PASSWORD", "upgrade", package,
                                  "--yes", "--interval", "5"], env=env, stdout=log, stderr=subprocess.STDOUT)
            procs.append(p)
            return p

        ctl = start_upgrade("first")
        for _ in range(600):
            status, run = sim.request("GET", "/api/admin/status/v1/upgrade_run/")
            if status == 200 and isinstance(run, dict) and run.get("objects"):
                break
            time.sleep(0.5)
        # The Management Node upgrades first and reboots (R1): slowly enough
        # to be seen by both clients, then the run at full speed.
        sim.request("PATCH", "/sim/v1/deployment/", {"time_scale": 10})
        restore_scale_at = time.monotonic() + 45
        started = time.monotonic()

        def sim_clock():
            from datetime import datetime
            return datetime.fromisoformat(sim.request("GET", "/sim/v1/state/")[1]["now"])

        sim_start = sim_clock()
        hour = 45 + 3600.0 / args.scale  # the slow start, then one simulated hour at full speed

        samples, faults, broken = [], {}, []
        rebooted = False
        restore = []  # (when, method, path, body)
        last_requests, last_time = sim.requests_so_far(), time.monotonic()
        next_fault = time.monotonic() + random.uniform(5, 15)
        rng = random.Random(17)
        deadline = started + args.minutes * 60
        while time.monotonic() < deadline:
            time.sleep(args.sample)
            now = time.monotonic()
            for item in [r for r in restore if r[0] <= now]:
                sim.request(item[1], item[2], item[3])
                restore.remove(item)
            if restore_scale_at and now >= restore_scale_at:
                sim.request("PATCH", "/sim/v1/deployment/", {"time_scale": args.scale})
                restore_scale_at = None
            if now >= next_fault:
                kind = rng.choice(["unreachable", "stuck_calls", "cut", "cut"] + ([] if rebooted else ["reboot"]))
                node = rng.randint(1, args.nodes)
                if kind == "unreachable":
                    sim.request("PATCH", f"/sim/v1/node/{node}/", {"reachable": False})
                    restore.append((now + rng.uniform(20, 60), "PATCH", f"/sim/v1/node/{node}/", {"reachable": True}))
                elif kind == "stuck_calls":
                    sim.request("PATCH", f"/sim/v1/node/{node}/", {"stuck_calls": True, "add_calls": 3})
                    restore.append((now + rng.uniform(30, 90), "PATCH", f"/sim/v1/node/{node}/", {"stuck_calls": False}))
                elif kind == "cut":
                    proxy.cut()
                elif kind == "reboot" and now - started > hour:
                    # Slowed down while it reboots, so that the clients see it.
                    sim.request("PATCH", "/sim/v1/deployment/", {"time_scale": 10})
                    sim.request("POST", "/api/admin/command/v1/platform/reboot/", {"node": "management"})
                    restore_scale_at = now + 40
                    rebooted = True
                faults[kind] = faults.get(kind, 0) + 1
                next_fault = now + rng.uniform(10, 25)
            if ctl.poll() is not None:
                if ctl.returncode >= 128 or ctl.returncode < 0:
                    broken.append(f"upgradectl died: {ctl.returncode}")
                if ctl.returncode == 6 and rebooted:  # abandoned by the reboot: the repeat run (R6)
                    time.sleep(30.0 / args.scale * 60)
                    ctl = start_upgrade("repeat")
            if console.poll() is not None:
                broken.append(f"the console exited: {console.returncode}")
                break
            requests = sim.requests_so_far()
            samples.append({"t": now - started, "console_mib": rss_mib(console.pid),
                            "ctl_mib": rss_mib(ctl.pid) if ctl.poll() is None else None,
                            "requests_per_s": (requests - last_requests) / (now - last_time)})
            last_requests, last_time = requests, now

        console_lines = open(os.path.join(work, "console.log"), errors="replace").read()
        ctl_lines = "".join(open(os.path.join(work, f), errors="replace").read()
                            for f in os.listdir(work) if f.startswith("upgradectl-"))
        after_hour = [s for s in samples if s["t"] >= hour and s["console_mib"]]
        rates = sorted(s["requests_per_s"] for s in samples)
        result = {
            "nodes": args.nodes, "time_scale": args.scale, "real_minutes": round((time.monotonic() - started) / 60, 1),
            "simulated_hours": round((sim_clock() - sim_start).total_seconds() / 3600, 1),
            "console_rss_mib_first_hour": round(after_hour[0]["console_mib"], 1) if after_hour else None,
            "console_rss_mib_end": round(after_hour[-1]["console_mib"], 1) if after_hour else None,
            "console_rss_mib_max": round(max(s["console_mib"] for s in after_hour), 1) if after_hour else None,
            "requests_per_s_median": round(statistics.median(rates), 1) if rates else None,
            "requests_per_s_p95": round(rates[int(0.95 * (len(rates) - 1))], 1) if rates else None,
            "requests_per_s_max": round(rates[-1], 1) if rates else None,
            "faults": faults,
            "console_back_to_live": len(re.findall(r"-> .*State::Live", console_lines)),
            "console_rebooting_seen": "State::Rebooting" in console_lines,
            "upgradectl_lines_rebooting": ctl_lines.count("rebooting (expected"),
            "upgradectl_lines_retrying": ctl_lines.count("retrying"),
            "crashes": broken,
        }
        ctl_rss = [s["ctl_mib"] for s in after_hour if s["ctl_mib"]]
        if ctl_rss:
            result["upgradectl_rss_mib_first_hour"] = round(ctl_rss[0], 1)
            result["upgradectl_rss_mib_max"] = round(max(ctl_rss), 1)
        if result["console_rss_mib_first_hour"]:
            result["console_rss_growth_after_first_hour"] = round(
                (result["console_rss_mib_end"] / result["console_rss_mib_first_hour"] - 1) * 100, 1)
        print(json.dumps(result, indent=2))
        # Every sample, beside the binaries' build tree (never in the source tree).
        samples_path = os.path.join(os.path.dirname(os.path.abspath(args.bindir)), "soak-samples.json")
        with open(samples_path, "w") as f:
            json.dump(samples, f)
        print(f"samples: {samples_path}")
        return 0 if not broken else 1
    finally:
        for p in procs:
            if p.poll() is None:
                p.terminate()
        for p in procs:
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                p.kill()
        if os.environ.get("SOAK_KEEP"):
            print(f"soak: kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
