# a keys document with a key that is not P-256: refused, naming the key
@BEFORE python3 $TOP/tests/fixtures/signed/mkreg.py reg
@ARGS import -t debian -o $OUT --registry file://$TMP/reg/ npm:sig-good --registry-keys $TMP/reg/keys-p384.json
@EXIT 3
@STDERR-HAS /reg/keys-p384.json: keys[0] (SHA256:ZWifivkfWzPoy4JbHBI16M5Scr1p2xandWt/YQeAyWQ): a ecdsa-p384 key, not ECDSA P-256
@NO-OUTPUT
@STDERR-HAS sig-good@1.0.0: registry keys 
