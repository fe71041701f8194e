# an optional dependency, then one whose range is invalid: refused (exit 3)
# with nothing written; the Debian writer leaked the Recommends it had
# gathered (found by tests/fuzz/fuzz_npm; check-san's LSan sees it)
@BEFORE python3 $TOP/tests/hostile/make_runtime.py $TMP/reg
@ARGS import npm:optbad -t debian -o $OUT --registry file://$TMP/reg/
@EXIT 3
@STDERR-HAS optional dependency b '^1.2.3 || 2.}': invalid comparator
@NO-OUTPUT
