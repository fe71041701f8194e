# $FERRY_REGISTRY_KEYS names the keys file
@BEFORE python3 $TOP/tests/fixtures/signed/mkreg.py reg
@ENV FERRY_REGISTRY_KEYS=$TMP/reg/keys-c.json
@ARGS import -t debian -o $OUT --registry file://$TMP/reg/ npm:sig-unknown
@STDOUT-HAS registry signature: verified (key SHA256:k2dbrvd1Zx4NaTXtdbhzhRBw3pbUFzVUiOi+0n7HlhQ)
