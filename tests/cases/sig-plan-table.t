# the table says which versions the registry signed
@BEFORE python3 $TOP/tests/fixtures/signed/mkreg.py reg
@BEFORE printf "Package: nodejs\nVersion: 18.19.0+dfsg-6~deb12u2\nArchitecture: amd64\n\n" >Packages
@ARGS plan npm:sig-app -t debian --distro-index $TMP/Packages --registry file://$TMP/reg/
@STDOUT-HAS               registry signature: verified (key SHA256:ZWifivkfWzPoy4JbHBI16M5Scr1p2xandWt/YQeAyWQ)
