# Debian versions with pkg-js-tools' component suffix compare by the main
# package's upstream version, before "+~" (node-supports-color
# 8.1.1+~8.1.1-1 is 8.1.1, newer than chalk 4's ^7.1.0: compat, never an
# "update" to 7.2.0, a downgrade); a component is matched by its own
# Provides (node-types-supports-color (= 8.1.1), "bundled in" it); a version that is no npm
# version after the cut (node-flat-cache's form, COMPONENT~SOURCE) is
# compared in dpkg's order and the plan says so.  Stanzas from bookworm's
# Packages (tests/distro/plan/README.md)
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS plan npm:cmp-root --target debian --distro-index $TOP/tests/distro/plan/Packages-bookworm --registry file://$TOP/tests/distro/plan/npm/
@STDOUT
STATUS        PACKAGE                          VERSION        DISTRIBUTION                                 REQUIRED BY
new           cmp-root                         1.0.0          -                                            (root)
distro        @types/supports-color            -              node-supports-color 8.1.1                    cmp-root@1.0.0 (^8.1.0)
              bundled in node-supports-color 8.1.1+~8.1.1-1
compat        chalk                            4.1.2          node-chalk 5.2.0-1                           cmp-root@1.0.0 (^4.1.2)
compat        cmp-tilde                        2.0.1          node-cmp-tilde 3.0.4~6.0.0+~3.0.4-5          cmp-root@1.0.0 (^2.0.1)
              note: cmp-tilde: the distribution's upstream version '3.0.4~6.0.0' is no npm version (not a valid semver version): compared in the distribution's order
compat        depd                             1.1.2          node-depd 2.0.0-2                            cmp-root@1.0.0 (~1.1.2)
compat        ansi-styles                      4.3.0          node-ansi-styles 6.2.1-2                     chalk@4.1.2 (^4.1.0)
compat        supports-color                   7.2.0          node-supports-color 8.1.1+~8.1.1-1           chalk@4.1.2 (^7.1.0)
distro        color-convert                    -              node-color-convert 2.0.1+~cs2.0.0-2          ansi-styles@4.3.0 (^2.0.1)
distro        has-flag                         -              node-has-flag 4.0.0-3                        supports-color@7.2.0 (^4.0.0)
@END
