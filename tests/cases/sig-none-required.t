# --require-signatures refuses an unsigned version
@BEFORE python3 $TOP/tests/fixtures/signed/mkreg.py reg
@ARGS import -t debian -o $OUT --registry file://$TMP/reg/ npm:sig-none --require-signatures
@EXIT 3
@STDERR-HAS sig-none@1.0.0: registry signature: none, and signatures are required (--require-signatures, or the ledger's policy)
@STDERR-LINES 1
@NO-OUTPUT
