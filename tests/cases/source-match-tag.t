# review --source: no commit named, the tag vVERSION found
@BEFORE python3 $TOP/tests/fixtures/source/mkrepo.py $TMP/s >/dev/null
@ARGS review npm:src-untagged@1.0.0 --registry file://$TMP/s/reg/ --source $TMP/s/repo --no-diff
@STDOUT-HAS  at ad19a6283403d0e2de849de0af626266189d4460 (a tag (v1.0.0, 1.0.0 or src-untagged@1.0.0))
