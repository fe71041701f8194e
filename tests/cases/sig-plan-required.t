# --require-signatures: a plan with an unsigned version fails
@BEFORE python3 $TOP/tests/fixtures/signed/mkreg.py reg
@BEFORE printf "Package: nodejs\nVersion: 18.19.0+dfsg-6~deb12u2\nArchitecture: amd64\n\n" >Packages
@ARGS plan npm:sig-app -t debian --distro-index $TMP/Packages --registry file://$TMP/reg/ --require-signatures
@EXIT 3
@STDERR-HAS sig-none@1.0.0: registry signature: none, and signatures are required
