# review --json: the source comparison
@BEFORE python3 $TOP/tests/fixtures/source/mkrepo.py $TMP/s >/dev/null
@ARGS review npm:src-added@1.0.0 --registry file://$TMP/s/reg/ --source $TMP/s/repo --json
@STDOUT-HAS "only_in_artifact": [
@STDOUT-HAS "lib/payload.js"
@STDOUT-HAS "commit": "ad19a6283403d0e2de849de0af626266189d4460"
