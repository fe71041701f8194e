# mirror verify: a stored file whose bytes are not its name (exit 3, the file named)
@BEFORE python3 $TOP/tests/fixtures/signed/mkreg.py reg
@BEFORE $FERRY mirror add --mirror $TMP/m --registry file://$TMP/reg/ npm:sig-good@1.0.0 >/dev/null && f=$(ls $TMP/m/store/sha256/*/*) && chmod u+w $f && printf x >> $f
@ARGS mirror verify --mirror $TMP/m
@EXIT 3
@STDERR-HAS : its sha256 is not its name
@STDERR-LINES 1
