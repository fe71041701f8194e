# mirror verify: an artifact a document names is gone
@BEFORE python3 $TOP/tests/fixtures/signed/mkreg.py reg
@BEFORE $FERRY mirror add --mirror $TMP/m --registry file://$TMP/reg/ npm:sig-good@1.0.0 >/dev/null && rm $TMP/m/npm/sig-good/-/sig-good-1.0.0.tgz
@ARGS mirror verify --mirror $TMP/m
@EXIT 3
@STDERR-HAS /npm/sig-good/-/sig-good-1.0.0.tgz: named by 
@STDERR-HAS , but not there
