# approve refuses a version with a bad signature before it signs anything
@BEFORE python3 $TOP/tests/fixtures/signed/mkreg.py reg
@ARGS approve npm:sig-bad@1.0.0 --criteria safe-to-run --ledger $TMP/ledger --registry file://$TMP/reg/
@EXIT 3
@STDERR-HAS sig-bad@1.0.0: registry signature: bad signature
@SH test ! -e $TMP/ledger/audits
