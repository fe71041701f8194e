# review --json: the source comparison
@BEFORE python3 $TOP/tests/fixtures/source/mkrepo.py $TMP/s >/dev/null
@ARGS review npm:src-added@1.0.0 --registry file://$TMP/s/reg/ --source $TMP/s/repo --json
@STDOUT-HAS "only_in_artifact": [
@STDOUT-HAS "lib/payload.js"
@STDOUT-HAS "commit": "1767be80d02e564aefb3d532c47c461b9c633b27"
