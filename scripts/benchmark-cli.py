#!/usr/bin/env python3
"""The command-line figures of issue #13, each beside its target, measured side by side in one run.

Usage: scripts/benchmark-cli.py BINARY [ROUNDS]   (scripts/benchmark cli builds BINARY and calls this)

- one-shot `check` of a ~6 KB body ÷ `apiconform --version` (interleaved runs, medians);
- 425 realistic bodies (the bundled 200 responses, cycled) as one NDJSON stream of envelopes naming
  their operation, in one `check --ndjson` process, against python-jsonschema reading and validating
  the same lines in one process with schemas derived from the same contracts (skipped, and said so,
  when jsonschema or PyYAML is not installed);
- live client CPU per case (signed HTTP to `apiconform serve` on 127.0.0.1) ÷ replay CPU per case,
  the same suites, CPU of the client process alone (user + system, from wait4).

Python is a driver here, never part of the product.
"""
import glob
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CONTRACTS = os.path.join(ROOT, "cases", "contracts")
CORPUS_SIZE = 425


def run_timed(argv, cwd, env=None, stdin=None):
    """Wall seconds, CPU seconds (user + system of that child alone) and the exit status."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, cwd=cwd, env=env, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_utime + usage.ru_stime, process.returncode


def recorded_bodies():
    """(operation, case, status, body bytes) of every bundled recording."""
    for path in sorted(glob.glob(os.path.join(ROOT, "cases", "recordings", "*", "*.http"))):
        data = open(path, "rb").read()
        head_end = data.find(b"\n<\n")
        status = int(data.split(b"\n< HTTP/1.1 ")[1][:3])
        yield os.path.basename(os.path.dirname(path)), os.path.basename(path)[:-5], status, data[head_end + 3:]


def row(name, value, target, met):
    verdict = "–" if met is None else ("yes" if met else "NO")
    print(f"| {name} | {value} | {target} | {verdict} |", flush=True)


def one_shot(binary, scratch, rounds):
    bodies = [(abs(len(b) - 6000), op, b) for op, _, status, b in recorded_bodies() if status == 200 and op == "ice.ListMediaBasicInfos"]
    _, operation, body = min(bodies)
    path = os.path.join(scratch, "one-shot.json")
    open(path, "wb").write(body)
    version, check = [], []
    for _ in range(rounds):  # interleaved, so load on the machine hits both alike
        version.append(run_timed([binary, "--version"], scratch)[0])
        wall, _, status = run_timed([binary, "check", "--operation", operation, "--contracts", CONTRACTS, path], scratch)
        if status != 0:
            row("one-shot check", f"exit {status}", "", False)
            return
        check.append(wall)
    v, c = statistics.median(version), statistics.median(check)
    row("start-up: `apiconform --version`", f"{v * 1000:.1f} ms", "reference", None)
    row(f"one-shot `check` of a {len(body) / 1000:.1f} KB body", f"{c * 1000:.1f} ms", "≈ 25 ms", None)
    row("one-shot `check` ÷ `--version`", f"{c / v:.2f}×", "≤ 1.5×", c / v <= 1.5)


def cases_with_deviations():
    """(operation, case) of every case declaring deviations: its body is known not to conform."""
    found = set()
    for path in glob.glob(os.path.join(ROOT, "cases", "suites", "*.yaml")):
        operation, case = os.path.basename(path)[:-5], None
        for line in open(path):
            stripped = line.strip()
            if stripped.startswith("- name:"):
                case = stripped.split(":", 1)[1].strip().strip("\"'")
            elif stripped.startswith("deviations:") and case:
                found.add((operation, case))
    return found


def corpus(scratch):
    """425 conforming bodies (the recordings' 200 responses, cycled) as one NDJSON stream of
    {"operation","body"} envelopes, and as files grouped by operation (for the one-call-per-body sample)."""
    deviating = cases_with_deviations()
    ok = [(op, case, body) for op, case, status, body in recorded_bodies() if status == 200 and (op, case) not in deviating]
    groups, lines = {}, []
    for number in range(CORPUS_SIZE):
        op, case, body = ok[number % len(ok)]
        path = os.path.join(scratch, "corpus", f"{number:03d}-{case}.json")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        open(path, "wb").write(body)
        groups.setdefault(op, []).append(path)
        lines.append(json.dumps({"operation": op, "body": json.loads(body)}, ensure_ascii=False, separators=(",", ":")))
    stream = os.path.join(scratch, "corpus.ndjson")
    open(stream, "w", encoding="utf-8").write("\n".join(lines) + "\n")
    return groups, stream


def many_bodies(binary, scratch, rounds):
    groups, stream = corpus(scratch)
    stream_bytes = os.path.getsize(stream)
    ours, cpu = [], []
    for _ in range(rounds):
        wall, used, status = run_timed([binary, "check", "--ndjson", "--format", "json", "--contracts", CONTRACTS, stream], scratch)
        if status != 0:
            row("425 bodies in one `check --ndjson` process", f"exit {status} (do envelopes take \"operation\"?)", "", False)
            return
        ours.append(wall)
        cpu.append(used)
    mine = statistics.median(ours)
    row(f"425 bodies of 5 operations ({stream_bytes / 1e6:.1f} MB of NDJSON), one `check --ndjson` process, wall",
        f"{mine * 1000:.0f} ms ({mine / CORPUS_SIZE * 1000:.2f} ms/body)", "reference", None)
    row("the same, CPU (user + system)", f"{statistics.median(cpu) * 1000:.0f} ms", "reference", None)
    # One-shot calls for the same corpus, sampled (a call per body would take the whole budget).
    per_call = statistics.median(
        run_timed([binary, "check", "--operation", op, "--contracts", CONTRACTS, path], scratch)[0]
        for op, paths in groups.items() for path in paths[:8])
    row("the same bodies, one `check` process each", f"{per_call * 1000:.1f} ms/body", "reference", None)
    row("one process per body ÷ one process for all, per body", f"{per_call / (mine / CORPUS_SIZE):.1f}×", "–", None)
    python = python_jsonschema(stream, rounds)
    if python is None:
        return
    row("python-jsonschema in one process, same NDJSON lines (json.loads + iter_errors)", f"{python * 1000:.0f} ms", "reference", None)
    row("python-jsonschema ÷ `check`", f"{python / mine:.1f}×", "≥ 20×", python / mine >= 20)


def python_jsonschema(stream, rounds):
    try:
        import jsonschema
        import yaml
    except ImportError as missing:
        row("python-jsonschema side by side", f"skipped: {missing.name} is not installed", "optional", None)
        return None
    validators = {}
    for path in glob.glob(os.path.join(CONTRACTS, "*.yaml")):
        contract = yaml.safe_load(open(path))
        schema = object_schema(contract["response"]["fields"])
        jsonschema.Draft202012Validator.check_schema(schema)
        validators[contract["operation"]] = jsonschema.Draft202012Validator(schema)
    lines = open(stream, "rb").read().splitlines()
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        errors = 0
        for line in lines:
            envelope = json.loads(line)
            errors += sum(1 for _ in validators[envelope["operation"]].iter_errors(envelope["body"]))
        samples.append(time.perf_counter() - start)
        if errors:
            row("python-jsonschema side by side", f"{errors} errors on conforming bodies: the derived schemas are wrong", "0", False)
            return None
    return statistics.median(samples)


TIME_PATTERNS = {"iso8601_utc": r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", "compact_utc": r"^\d{14}$"}


def field_schema(field):
    """The part of a contract field JSON Schema can say: type, null, enum, bounds, pattern, length, caps."""
    kind = field.get("type")
    schema = {}
    if kind == "object":
        schema = object_schema(field.get("fields") or {})
    elif kind == "array":
        schema = {"type": "array"}
        if isinstance(field.get("items"), dict):
            schema["items"] = field_schema(field["items"])
        if isinstance(field.get("max_items"), int):
            schema["maxItems"] = field["max_items"]
    elif kind == "string" and field.get("numeric_string"):
        schema = {"type": "string", "pattern": r"^-?\d+(\.\d+)?$"}
    elif kind in ("string", "integer", "number", "boolean"):
        schema = {"type": kind}
        if "enum" in field and not field.get("enum_open"):
            schema["enum"] = list(field["enum"]) + list(field.get("also_allowed") or [])
        bounds = {theirs: field[ours] for ours, theirs in (("minimum", "minimum"), ("maximum", "maximum"),
                  ("exclusive_maximum", "exclusiveMaximum"), ("min_length", "minLength"), ("max_length", "maxLength"))
                  if isinstance(field.get(ours), (int, float)) and (kind != "string" or "length" in ours)}
        # also_allowed values stand outside the bounds (a rendition's width 0 beside 32…3840).
        if bounds and field.get("also_allowed") and "enum" not in schema:
            schema["anyOf"] = [{"enum": list(field["also_allowed"])}, bounds]
        else:
            schema.update(bounds)
        if isinstance(field.get("pattern"), str):
            schema["pattern"] = field["pattern"].replace(r"\z", r"\Z")  # ICU's end of input is Python's \Z
        if field.get("time_format") in TIME_PATTERNS:
            schema["pattern"] = TIME_PATTERNS[field["time_format"]]
    if field.get("nullable") and "type" in schema:
        schema["type"] = [schema["type"], "null"]
        if "enum" in schema:
            schema["enum"].append(None)
    return schema


def object_schema(fields):
    return {"type": "object",
            "properties": {name: field_schema(f) for name, f in fields.items() if isinstance(f, dict)},
            "required": [name for name, f in fields.items() if isinstance(f, dict) and f.get("required")]}


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def executed_cases(junit):
    cases = ET.parse(junit).getroot().iter("testcase")
    return sum(1 for case in cases if case.find("skipped") is None and not case.get("classname", "").startswith("drift"))


def live_versus_replay(binary, scratch, rounds):
    env = dict(os.environ, ALIBABA_CLOUD_ACCESS_KEY_ID="BenchAccessKeyId", ALIBABA_CLOUD_ACCESS_KEY_SECRET="bench/secret+value=",
               HUAWEICLOUD_SDK_AK="BenchAK", HUAWEICLOUD_SDK_SK="bench-sk", HUAWEICLOUD_SDK_PROJECT_ID="0123456789abcdef0123456789abcdef")
    port = free_port()
    targets = os.path.join(scratch, "targets.yaml")
    open(targets, "w").write(f"targets:\n  bench:\n    endpoints: {{\"*\": \"http://127.0.0.1:{port}\"}}\n"
                             "    rate_limit: 1000\n    concurrency: 4\n    timeouts: {connect: 5, read: 30, total: 60}\n"
                             "    retry: {attempts: 1, base_delay: 0.1, max_delay: 1}\n")
    server = subprocess.Popen([binary, "serve", "--port", str(port), "--contracts", CONTRACTS], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        per_case = {"replay": [], "live": []}
        for _ in range(rounds):
            for mode, extra in (("replay", []), ("live", ["--target", "bench", "--targets", targets])):
                junit = os.path.join(scratch, f"{mode}.xml")
                _, cpu, status = run_timed([binary, "run", "--quiet", "--contracts", CONTRACTS, "--junit", junit, *extra], ROOT, env=env)
                if status not in (0, 1):
                    row(f"{mode} run of the bundled suites", f"exit {status}", "", False)
                    return
                per_case[mode].append(cpu / max(executed_cases(junit), 1))
    finally:
        server.terminate()
        server.wait()
    replay, live = statistics.median(per_case["replay"]), statistics.median(per_case["live"])
    row("replay CPU per case (bundled suites)", f"{replay * 1000:.2f} ms", "reference", None)
    row("live CPU per case (signed HTTP to the stand-in)", f"{live * 1000:.2f} ms", "reference", None)
    row("live ÷ replay CPU per case", f"{live / replay:.2f}×", "≤ 1.5×", live / replay <= 1.5)


def main():
    binary = os.path.abspath(sys.argv[1])
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 31
    print("| figure | median | target | met |\n|---|---:|---|---|", flush=True)
    with tempfile.TemporaryDirectory() as scratch:
        one_shot(binary, scratch, rounds)
        many_bodies(binary, scratch, max(3, rounds // 6))
        live_versus_replay(binary, scratch, max(3, rounds // 6))


if __name__ == "__main__":
    main()
