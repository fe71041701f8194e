# review --source: a file the tarball adds that no commit holds: high
@BEFORE python3 $TOP/tests/fixtures/source/mkrepo.py $TMP/s >/dev/null
@ARGS review npm:src-added@1.0.0 --registry file://$TMP/s/reg/ --source $TMP/s/repo
@STDOUT-HAS   A lib/payload.js
@STDOUT-HAS high   source-mismatch     lib/payload.js is in the artifact but not in the source at ad19a6283403
