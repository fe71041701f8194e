# a signature over another message: refused, nothing written, one line
@BEFORE python3 $TOP/tests/fixtures/signed/mkreg.py reg
@ARGS import -t debian -o $OUT --registry file://$TMP/reg/ npm:sig-bad
@EXIT 3
@STDERR-HAS sig-bad@1.0.0: registry signature: bad signature by key SHA256:ZWifivkfWzPoy4JbHBI16M5Scr1p2xandWt/YQeAyWQ over 'sig-bad@1.0.0:sha512-
@STDERR-LINES 1
@NO-OUTPUT
