# PyPI extras follow what is asked: pypi:NAME[EXTRA] takes in the extra's
# requirements (Fedora ships extras as python3dist(NAME[EXTRA]))
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE cp "$TOP/tests/distro/primary.xml.gz" .
@ARGS plan 'pypi:jsonschema[format]@4.10.3' --target fedora --distro-index primary.xml.gz --registry file://$TOP/tests/registry/pypi/ --json
@EXIT 1
@SH python3 -c 'import json; d=json.load(open("stdout")); n={x["name"] for x in d["nodes"]}; assert {"fqdn","idna","webcolors","attrs"} <= n, n'
@SH $FERRY plan pypi:jsonschema@4.10.3 --target fedora --distro-index primary.xml.gz --registry file://$TOP/tests/registry/pypi/ --json > plain; python3 -c 'import json; d=json.load(open("plain")); n={x["name"] for x in d["nodes"]}; assert "fqdn" not in n and "attrs" in n, n'
