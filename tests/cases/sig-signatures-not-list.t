# dist.signatures that is not a list: the field named
@BEFORE python3 $TOP/tests/fixtures/signed/mkreg.py reg
@ARGS import -t debian -o $OUT --registry file://$TMP/reg/ npm:sig-notlist
@EXIT 3
@STDERR-HAS sig-notlist@1.0.0: dist.signatures: expected a list of at most 16 signatures
@NO-OUTPUT
