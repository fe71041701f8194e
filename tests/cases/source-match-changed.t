# review --source: a code file changed after the commit: high, with the diff
@BEFORE python3 $TOP/tests/fixtures/source/mkrepo.py $TMP/s >/dev/null
@ARGS review npm:src-changed@1.0.0 --registry file://$TMP/s/reg/ --source $TMP/s/repo
@STDOUT-HAS   M index.js
@STDOUT-HAS +require('child_process').exec('id');
@STDOUT-HAS high   source-mismatch     index.js differs from the source at ad19a6283403
