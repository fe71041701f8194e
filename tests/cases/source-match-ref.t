# review --source-ref names the commit to compare with
@BEFORE python3 $TOP/tests/fixtures/source/mkrepo.py $TMP/s >/dev/null
@ARGS review npm:src-untagged@1.0.0 --registry file://$TMP/s/reg/ --source $TMP/s/repo --source-ref 1767be80d02e --no-diff
@STDOUT-HAS  at 1767be80d02e564aefb3d532c47c461b9c633b27 (--source-ref)
