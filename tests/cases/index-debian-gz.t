# A Debian Packages index (gz), read through libarchive into libsolv; the
# upstream names recovered by each rule, with Debian's versions undone
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE cp "$TOP/tests/distro/Packages.gz" .
@ARGS index --distro-index Packages.gz --lookup npm:babel-core --lookup npm:@types/node --lookup crate:serde --lookup crate:winapi --lookup pypi:Attrs --lookup pypi:ferry_fixture
@STDOUT
index Packages.gz: 9 packages (parsed, cached)
npm:@types/node: @types/node 18.11.9 in node-types-node 18.11.9-1 (node-types-NAME)
npm:babel-core: babel-core 7.20.15 in node-babel7 7.20.15+ds1+~cs214.269.168-3 (Provides node-NAME)
crate:serde: serde 1.0.152 in librust-serde-dev 1.0.152-2 (librust-NAME-dev)
crate:winapi: winapi 0.2.8 in librust-winapi-0.2-dev 0.2.8-2 (librust-NAME-MAJOR-dev (compat))
pypi:Attrs: attrs 22.2.0 in python3-attr 22.2.0-1 (dh-python's mapping data)
pypi:ferry_fixture: ferry-fixture 0.9~rc1 in python3-ferry-fixture 1:0.9~rc1-2 (python3-NAME)
npm names by node-NAME: 2
npm names by node-types-NAME: 1
npm names by Provides node-NAME: 2
crate names by librust-NAME-dev: 1
crate names by librust-NAME-MAJOR-dev (compat): 1
pypi names by dh-python's mapping data: 2
pypi names by python3-NAME: 1
@END
