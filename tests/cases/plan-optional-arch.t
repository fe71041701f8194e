# optionalDependencies whose os, cpu or libc exclude the target are left
# out, as npm leaves them out (npm-install-checks): amd64 by default is
# node's linux/x64 with glibc, so of esbuild-like platform packages only
# linux-x64 and the one that only refuses win32 stay
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS plan npm:pf-root --target debian --with-optional --distro-index $TOP/tests/distro/plan/Packages-bookworm --registry file://$TOP/tests/distro/plan/npm/
@STDOUT
STATUS        PACKAGE                          VERSION        DISTRIBUTION                                 REQUIRED BY
new           pf-root                          1.0.0          -                                            (root)
new           pf-linux-x64                     1.0.0          -                                            pf-root@1.0.0 (1.0.0, optional)
new           pf-not-win32                     1.0.0          -                                            pf-root@1.0.0 (1.0.0, optional)
@END
