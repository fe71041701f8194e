# An index that offers only the Simple API in JSON (PEP 691): ferry falls
# back to it, takes the versions from the file names, checks the sdist
# against its hashes.sha256 and reads the metadata from PKG-INFO.
@BEFORE r=${REG#file://}; mkdir idx; cp -r "${r%npm/}pypi/simple" "${r%npm/}pypi/packages" idx/
@ARGS import pypi:jsonschema -t fedora -t debian -o $OUT --registry file://$TMP/idx/simple/
@STDOUT-HAS fedora: jsonschema 4.10.3 ->
@FILE-HAS python-jsonschema/python-jsonschema.spec Requires:       python3dist(attrs) >= 17.4
@FILE-HAS python-jsonschema/debian/control  python3-attr (>= 17.4),
