# attrs has 22.2.0 (and 22.1.0 without files): nothing is >=99
@ARGS import 'pypi:attrs@>=99' -t fedora -o $OUT --registry file://$TOP/tests/registry/pypi/
@EXIT 3
@STDERR-HAS attrs: no version matching >=99 with an sdist
@STDERR-LINES 1
@NO-OUTPUT
