# a signed version after signed versions: no finding; nor for an unsigned registry
@BEFORE python3 $TOP/tests/fixtures/signed/mkreg.py reg
@ARGS review npm:sig-lapse@1.0.0 --registry file://$TMP/reg/ --no-diff
@STDOUT-LACKS signature-missing
