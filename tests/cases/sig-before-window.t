# Sigstore's keys file gives a start: a version published before it is refused (npm's client checks the end only)
@BEFORE python3 $TOP/tests/fixtures/signed/mkreg.py reg
@ARGS import -t debian -o $OUT --registry file://$TMP/reg/ npm:sig-early --registry-keys $TMP/reg/keys-sigstore.json
@EXIT 3
@STDERR-HAS sig-early@1.0.0: registry signature: key SHA256:ZWifivkfWzPoy4JbHBI16M5Scr1p2xandWt/YQeAyWQ is valid from 2019-01-01T00:00:00Z to (open), and the version was published 2018-02-03T04:05:06.000Z, before it
@NO-OUTPUT
