# Sums the <Counters> of every TRX file given and prints one line: "N passed, N failed[, N skipped]",
# then one "failed: <test name>" line for each test that did not pass, so a CI log's tail names them.
function counter(tag, name) {
  if (match(tag, " " name "=\"[0-9]+\"")) {
    return substr(tag, RSTART + length(name) + 3, RLENGTH - length(name) - 4) + 0
  }
  return 0
}

match($0, /<Counters [^>]*>/) {
  tag = substr($0, RSTART, RLENGTH)
  passed += counter(tag, "passed")
  failed += counter(tag, "failed") + counter(tag, "error") + counter(tag, "timeout") + counter(tag, "aborted")
  skipped += counter(tag, "notExecuted")
}

/<UnitTestResult / && /outcome="(Failed|Error|Timeout|Aborted)"/ {
  if (match($0, /testName="[^"]*"/)) {
    failures[++failure_count] = substr($0, RSTART + 10, RLENGTH - 11)
  }
}

END {
  line = sprintf("%d passed, %d failed", passed, failed)
  if (skipped > 0) {
    line = line sprintf(", %d skipped", skipped)
  }
  print line
  for (i = 1; i <= failure_count; i++) {
    print "failed: " failures[i]
  }
}
