# The distribution spells npm's 1.0.2-rc.1 as 1.0.2~rc.1: the registry still
# has that version (the ecosystem's pkgver spelling finds it), so nothing is
# gone; a pre-release it never had is
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE cp -r "$TOP/tests/review/npm" r && python3 -c 'import json; d = json.load(open("r/tiny-binary")); v = dict(d["versions"]["1.0.1"], version="1.0.2-rc.1"); d["versions"]["1.0.2-rc.1"] = v; d["time"]["1.0.2-rc.1"] = "2024-01-01T00:00:00.000Z"; json.dump(d, open("r/tiny-binary", "w"))'
@BEFORE printf 'Package: node-tiny-binary\nVersion: 1.0.2~rc.1-1\nArchitecture: all\nDescription: x\n' > Packages-rc
@BEFORE printf 'Package: node-tiny-binary\nVersion: 1.0.3~rc.1-1\nArchitecture: all\nDescription: x\n' > Packages-norc
@ARGS review npm:tiny-binary@1.0.1 --registry file://$TMP/r/ --no-diff --distro-index Packages-rc
@STDOUT-LACKS distro-version-gone
@SH $FERRY review npm:tiny-binary@1.0.1 --registry file://$TMP/r/ --no-diff --distro-index Packages-norc | grep -qF 'distro-version-gone the distribution ships tiny-binary 1.0.3~rc.1 (node-tiny-binary 1.0.3~rc.1-1), which the registry no longer has'
