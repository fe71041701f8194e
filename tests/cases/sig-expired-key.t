# signed by a key that had expired when the version was published
@BEFORE python3 $TOP/tests/fixtures/signed/mkreg.py reg
@ARGS import -t debian -o $OUT --registry file://$TMP/reg/ npm:sig-expired
@EXIT 3
@STDERR-HAS sig-expired@1.0.0: registry signature: key SHA256:yrSRi7S+EYZn6FC07RI+LajwbfgmO4iauduQG7Vz5LQ is valid from (open) to 2020-01-01T00:00:00Z, and the version was published 2021-03-04T05:06:07.000Z, after it
@STDERR-LINES 1
@NO-OUTPUT
