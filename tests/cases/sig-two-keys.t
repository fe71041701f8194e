# two signatures, both must verify; b expired after the version was published
@BEFORE python3 $TOP/tests/fixtures/signed/mkreg.py reg
@ARGS import -t debian -o $OUT --registry file://$TMP/reg/ npm:sig-two
@STDOUT-HAS registry signature: verified (key SHA256:ZWifivkfWzPoy4JbHBI16M5Scr1p2xandWt/YQeAyWQ, SHA256:yrSRi7S+EYZn6FC07RI+LajwbfgmO4iauduQG7Vz5LQ)
