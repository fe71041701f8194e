# a second PKG-INFO (with another dependency) spelled ./PKG-INFO
@ARGS import pypi:h-py-dotdup -t fedora -t debian -o $OUT --registry file://$TOP/tests/hostile/pypi/
@EXIT 3
@STDERR-HAS h-py-dotdup@1.0.0: sdist: PKG-INFO: two members with the same path
@STDERR-LINES 1
@NO-OUTPUT
