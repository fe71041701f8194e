# a dependency with a bad signature fails the plan (exit 3)
@BEFORE python3 $TOP/tests/fixtures/signed/mkreg.py reg
@BEFORE printf "Package: nodejs\nVersion: 18.19.0+dfsg-6~deb12u2\nArchitecture: amd64\n\n" >Packages
@ARGS plan npm:sig-app-bad -t debian --distro-index $TMP/Packages --registry file://$TMP/reg/
@EXIT 3
@STDERR-HAS sig-bad@1.0.0: registry signature: bad signature by key SHA256:ZWifivkfWzPoy4JbHBI16M5Scr1p2xandWt/YQeAyWQ
@STDERR-LINES 1
