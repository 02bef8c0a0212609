#!/usr/bin/env bash
# Run the KUnit suites in one x86_64 KUnit kernel under QEMU: the tree's
# drivers/vfio/.kunitconfig (the series' suites) and the harness's
# kernel-config/kunit.config (the framework and the upstream suites).
# kunit.py's parsed results land in $RESULTS/kunit.json, its KTAP in
# $RESULTS/kunit.ktap, one TAP line per test case ("kunit: SUITE.CASE") in
# $RESULTS/kunit.tap.  A suite listed in kunit-tests/suites that did not run,
# or did not reach its end (kunit.py records the test cases it never saw as
# crashed), is a failure, and so is a non-zero exit status of kunit.py.
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

mkdir -p "$RESULTS" "$BUILD/logs"
log=$BUILD/logs/kunit.log
json=$RESULTS/kunit.json
rm -f "$json"
args=(--arch=x86_64 --build_dir="$BUILD/kunit" --jobs="$JOBS" --timeout=600
	--kunitconfig="$TREE/drivers/vfio/.kunitconfig"
	--kunitconfig="$TOP/kernel-config/kunit.config" --json="$json")
rc=0
(cd "$TREE" && python3 tools/testing/kunit/kunit.py run "${args[@]}") >"$log" 2>&1 || rc=$?
(cd "$TREE" && python3 tools/testing/kunit/kunit.py parse --raw_output=kunit "$BUILD/kunit/test.log") \
	>"$RESULTS/kunit.ktap" 2>>"$log" || true

# kunit_json.py: the run is a group whose sub_groups are the suites, each
# with its test_cases ({name, status: PASS, SKIP, FAIL or ERROR}) and, for
# a parameterised case, a sub_group of that name holding its parameters.
lines=$BUILD/logs/kunit.results
python3 - "$json" "$TOP/kunit-tests/suites" "$rc" >"$lines" <<'EOF'
import json, sys

path, listf, rc = sys.argv[1], sys.argv[2], int(sys.argv[3])

def emit(ok, name):
	print(("ok" if ok else "not ok") + "\t" + name)

def statuses(group):
	for c in group["test_cases"]:
		yield c["status"]
	for g in group["sub_groups"]:
		yield from statuses(g)

try:
	with open(path) as f:
		suites = json.load(f)["sub_groups"]
except (OSError, ValueError) as e:
	emit(False, "kunit: no results from kunit.py (%s)" % e)
	suites = []
ended = set()
for s in suites:
	cases = [(c["name"], [c["status"]]) for c in s["test_cases"]]
	cases += [(g["name"], list(statuses(g))) for g in s["sub_groups"]]
	for name, st in cases:
		bad = any(x not in ("PASS", "SKIP") for x in st)
		skip = not bad and all(x == "SKIP" for x in st)
		emit(not bad, "kunit: %s.%s%s" % (s["name"], name, " # SKIP" if skip else ""))
	if not any(x == "ERROR" for _, st in cases for x in st):
		ended.add(s["name"])
with open(listf) as f:
	for line in f:
		w = line.split()
		if w and not w[0].startswith("#"):
			emit(w[0] in ended, "kunit: suite %s ran to its end" % w[0])
if rc != 0:
	emit(False, "kunit: kunit.py exit status %d (see build/logs/kunit.log)" % rc)
EOF
write_tap kunit <"$lines" || die "kunit: failures (log: $log)"
