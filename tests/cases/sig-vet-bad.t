# vet check refuses a version with a bad signature
@BEFORE python3 $TOP/tests/fixtures/signed/mkreg.py reg
@ARGS vet check npm:sig-bad@1.0.0 --criteria safe-to-run --ledger $TMP/ledger --registry file://$TMP/reg/
@EXIT 3
@STDERR-HAS sig-bad@1.0.0: registry signature: bad signature
