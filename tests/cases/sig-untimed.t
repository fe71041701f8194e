# no publish time (an abbreviated packument): verified without the key's window, and said
@BEFORE python3 $TOP/tests/fixtures/signed/mkreg.py reg
@ARGS import -t debian -o $OUT --registry file://$TMP/reg/ npm:sig-untimed
@STDOUT-HAS registry signature: verified (key SHA256:ZWifivkfWzPoy4JbHBI16M5Scr1p2xandWt/YQeAyWQ (publish time unknown: the key's window not checked))
