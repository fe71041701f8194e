# code gutted in a minor release
@ARGS review npm:gutted@6.5.0..6.6.6 --registry file://$TOP/tests/review/npm/ --no-diff
@STDOUT-HAS   high   size-change         most code removed in a non-major release: 12180 to 11 bytes of code
