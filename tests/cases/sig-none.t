# no dist.signatures: allowed, and said
@BEFORE python3 $TOP/tests/fixtures/signed/mkreg.py reg
@ARGS import -t debian -o $OUT --registry file://$TMP/reg/ npm:sig-none
@STDOUT-HAS node-sig-none; registry signature: none
