# Sourced (not run) by run-sanitized-tests.sh and run-fuzzers.sh, and by hand
# before running anything built with the asan or fuzz preset:
#   . scripts/sanitizer-env.sh
# Every report stops the program with a stack trace and a failing exit code;
# leaks are reported except the third-party ones in tests/sanitizers/lsan.supp.
# Our programs carry the sanitizer runtimes themselves (linked with
# -fsanitize), so nothing is preloaded: Python, psql and chromium started by
# the tests run as usual and ignore these variables.
_coverplan_suppressions="$(cd "$(dirname "${BASH_SOURCE[0]}")/../tests/sanitizers" && pwd)"
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=0:detect_leaks=1:print_stacktrace=1:check_initialization_order=1:strict_init_order=1:detect_invalid_pointer_pairs=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:report_error_type=1"
export LSAN_OPTIONS="suppressions=$_coverplan_suppressions/lsan.supp:print_suppressions=0"
unset _coverplan_suppressions
