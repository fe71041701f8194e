# 4.10.2 is listed without files: asked for exactly, it is refused by name
@ARGS import pypi:jsonschema@4.10.2 -t fedora -o $OUT --registry file://$TOP/tests/registry/pypi/
@EXIT 3
@STDERR-HAS jsonschema@4.10.2: no sdist
@STDERR-LINES 1
@NO-OUTPUT
