# review --source with a URL: cloned bare into a temporary folder, removed after
@BEFORE python3 $TOP/tests/fixtures/source/mkrepo.py $TMP/s >/dev/null
@ENV TMPDIR=$TMP/t
@BEFORE mkdir t
@ARGS review npm:src-good@1.0.0 --registry file://$TMP/s/reg/ --source file://$TMP/s/repo --no-diff
@STDOUT-HAS 4 the same, 0 only in the artifact
@SH test -z "$(ls -A $TMP/t)"
