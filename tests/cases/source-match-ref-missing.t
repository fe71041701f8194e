# review --source-ref that the repository does not have: refused
@BEFORE python3 $TOP/tests/fixtures/source/mkrepo.py $TMP/s >/dev/null
@ARGS review npm:src-untagged@1.0.0 --registry file://$TMP/s/reg/ --source $TMP/s/repo --source-ref no-such-tag
@EXIT 3
@STDERR-HAS src-untagged@1.0.0: source 
@STDERR-HAS : none of the tags no-such-tag not there
