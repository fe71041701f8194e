# A plan reads no tarball: what the registry's metadata says of native
# code (an install hook running node-gyp-build, the tools addons are built
# with) is noted under the package, as evidence
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE cp "$TOP/tests/distro/plan/Packages.gz" .
@ARGS plan npm:bufferutil@4.0.8 --target debian --distro-index Packages.gz --registry $REG
@STDOUT
STATUS        PACKAGE                          VERSION        DISTRIBUTION                                 REQUIRED BY
new           bufferutil                       4.0.8          -                                            (root)
              note: native: dependencies node-gyp-build, devDependencies node-gyp, scripts.install runs node-gyp-build
new           node-gyp-build                   4.8.4          -                                            bufferutil@4.0.8 (^4.3.0)
@END
