# signed by a key the registry's keys document does not list
@BEFORE python3 $TOP/tests/fixtures/signed/mkreg.py reg
@ARGS import -t debian -o $OUT --registry file://$TMP/reg/ npm:sig-unknown
@EXIT 3
@STDERR-HAS sig-unknown@1.0.0: registry signature: key SHA256:k2dbrvd1Zx4NaTXtdbhzhRBw3pbUFzVUiOi+0n7HlhQ is not among the keys of file://
@STDERR-LINES 1
@NO-OUTPUT
