# mirror add refuses a version whose registry signature is bad: no mirror folder is left
@BEFORE python3 $TOP/tests/fixtures/signed/mkreg.py reg
@ARGS mirror add --mirror $OUT --registry file://$TMP/reg/ npm:sig-bad@1.0.0
@EXIT 3
@STDERR-HAS sig-bad@1.0.0: registry signature: bad signature
@STDERR-LINES 1
@NO-OUTPUT
