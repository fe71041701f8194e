# a keys file given wins over the registry's own document (which lacks key c)
@BEFORE python3 $TOP/tests/fixtures/signed/mkreg.py reg
@ARGS import -t debian -o $OUT --registry file://$TMP/reg/ npm:sig-unknown --registry-keys $TMP/reg/keys-c.json
@STDOUT-HAS registry signature: verified (key SHA256:k2dbrvd1Zx4NaTXtdbhzhRBw3pbUFzVUiOi+0n7HlhQ)
