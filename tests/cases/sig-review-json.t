# review --json: signed_by per side
@BEFORE python3 $TOP/tests/fixtures/signed/mkreg.py reg
@ARGS review npm:sig-none@1.0.0 --registry file://$TMP/reg/ --json
@STDOUT-HAS "signed_by": ""
