# import --recursive: a dependency's bad signature writes nothing at all
@BEFORE python3 $TOP/tests/fixtures/signed/mkreg.py reg
@BEFORE printf "Package: nodejs\nVersion: 18.19.0+dfsg-6~deb12u2\nArchitecture: amd64\n\n" >Packages
@ARGS import -t debian -o $OUT --registry file://$TMP/reg/ --recursive --distro-index $TMP/Packages npm:sig-app-bad
@EXIT 3
@STDERR-HAS sig-bad@1.0.0: registry signature: bad signature
@NO-OUTPUT
