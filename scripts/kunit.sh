#!/usr/bin/env bash
# Run the KUnit suites of kunit-tests/ in one x86_64 KUnit kernel under
# QEMU.  Raw KTAP lands in $RESULTS/kunit.ktap, one TAP line per test case
# in $RESULTS/kunit.tap; a suite listed in kunit-tests/suites that did not
# run, or did not reach its closing result line, is a failure.
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

mkdir -p "$RESULTS" "$BUILD/logs"
log=$BUILD/logs/kunit.log
args=(--arch=x86_64 --build_dir="$BUILD/kunit" --jobs="$JOBS" --timeout=600
	--kunitconfig="$TOP/kernel-config/kunit.config")
for k in "$TOP"/kunit-tests/*.kunitconfig; do
	args+=(--kunitconfig="$k")
done
rc=0
(cd "$TREE" && python3 tools/testing/kunit/kunit.py run "${args[@]}" --raw_output=kunit) >"$log.raw" 2>"$log" || rc=$?
sed -n '/^KTAP version/,$p' "$log.raw" | grep -v '^\[[0-9:]*\] ' >"$RESULTS/kunit.ktap"
(cd "$TREE" && python3 tools/testing/kunit/kunit.py parse "$RESULTS/kunit.ktap") >>"$log" 2>&1 || true

awk '
function emit(ok, name) { printf "%sok\t%s\n", ok ? "" : "not ", name }
/^    # Subtest: / { suite = $3; next }
/^# Subtest: / { suite = $3; next }
/^    (not )?ok [0-9]+ / {
	line = $0
	sub(/^    (not )?ok [0-9]+ /, "", line)
	emit($1 == "ok", "kunit: " suite "." line)
	ran[suite] = 1
	next
}
/^(not )?ok [0-9]+ / {
	name = $1 == "ok" ? $3 : $4
	finished[name] = 1
	if ($1 != "ok")
		emit(0, "kunit: suite " name " failed")
	next
}
END {
	while ((getline l < listf) > 0) {
		if (l ~ /^#/ || l ~ /^[ \t]*$/)
			continue
		split(l, f, /[ \t]+/)
		# A suite whose closing result line is missing hung or crashed
		emit((f[1] in ran) && (f[1] in finished), "kunit: suite " f[1] " ran to its end")
	}
	if (kunit_rc != 0)
		emit(0, "kunit: kunit.py exit status " kunit_rc " (see build/logs/kunit.log)")
}' listf="$TOP/kunit-tests/suites" kunit_rc="$rc" "$RESULTS/kunit.ktap" | write_tap kunit ||
	die "kunit: failures (log: $log)"
