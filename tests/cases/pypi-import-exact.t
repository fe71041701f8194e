@ARGS import pypi:jsonschema@4.10.3 -t fedora -t debian -o $OUT --registry file://$TOP/tests/registry/pypi/
@STDOUT-HAS fedora: jsonschema 4.10.3 ->
@FILE-HAS python-jsonschema/python-jsonschema.spec Version:        4.10.3
@FILE-HAS python-jsonschema/debian/changelog python-jsonschema (4.10.3-1)
