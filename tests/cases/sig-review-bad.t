# review refuses a version with a bad signature
@BEFORE python3 $TOP/tests/fixtures/signed/mkreg.py reg
@ARGS review npm:sig-bad@1.0.0 --registry file://$TMP/reg/
@EXIT 3
@STDERR-HAS sig-bad@1.0.0: registry signature: bad signature
@STDERR-LINES 1
