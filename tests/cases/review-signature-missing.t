# the registry stopped signing: high
@BEFORE python3 $TOP/tests/fixtures/signed/mkreg.py reg
@ARGS review npm:sig-lapse@1.0.0..1.1.0 --registry file://$TMP/reg/ --no-diff
@STDOUT-HAS high   signature-missing   the registry did not sign 1.1.0, though it signed 1.0.0 (published 2021-01-01T00:00:00.000Z)
