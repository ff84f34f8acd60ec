# Sums the <Counters> of every TRX file given and prints one line: "N passed, N failed[, N skipped]".
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

END {
  line = sprintf("%d passed, %d failed", passed, failed)
  if (skipped > 0) {
    line = line sprintf(", %d skipped", skipped)
  }
  print line
}
