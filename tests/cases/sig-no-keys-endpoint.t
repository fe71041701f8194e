# signed, but the registry serves no keys: nothing to check with, refused
@BEFORE python3 $TOP/tests/fixtures/signed/mkreg.py reg
@BEFORE rm reg/-/npm/v1/keys
@ARGS import -t debian -o $OUT --registry file://$TMP/reg/ npm:sig-good
@EXIT 3
@STDERR-HAS sig-good@1.0.0: registry signature: no keys to check it with: sig-good: registry keys: file://
@STDERR-LINES 1
@NO-OUTPUT
