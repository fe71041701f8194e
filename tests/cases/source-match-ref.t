# review --source-ref names the commit to compare with
@BEFORE python3 $TOP/tests/fixtures/source/mkrepo.py $TMP/s >/dev/null
@ARGS review npm:src-untagged@1.0.0 --registry file://$TMP/s/reg/ --source $TMP/s/repo --source-ref ad19a6283403 --no-diff
@STDOUT-HAS  at ad19a6283403d0e2de849de0af626266189d4460 (--source-ref)
