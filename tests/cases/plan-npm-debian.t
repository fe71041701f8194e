# The closure of wrap-ansi 7.0.0 against a small Debian index: what Debian
# ships (libsolv matches the requirement on Debian's own packages), what is
# too old there (update), what needs an older major beside Debian's newer
# one (compat), and what is new
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE cp "$TOP/tests/distro/plan/Packages.gz" .
@ARGS plan npm:wrap-ansi@7.0.0 --target debian --distro-index Packages.gz --registry $REG
@STDOUT
STATUS        PACKAGE                          VERSION        DISTRIBUTION                                 REQUIRED BY
new           wrap-ansi                        7.0.0          -                                            (root)
compat        ansi-styles                      4.3.0          node-ansi-styles 6.2.1-2                     wrap-ansi@7.0.0 (^4.0.0)
update        string-width                     4.2.3          node-string-width 4.0.0-1                    wrap-ansi@7.0.0 (^4.1.0)
distro        strip-ansi                       -              node-strip-ansi 6.0.1-2                      wrap-ansi@7.0.0 (^6.0.0)
distro        color-convert                    -              node-color-convert 2.0.1+~cs2.0.0-2          ansi-styles@4.3.0 (^2.0.1)
distro        emoji-regex                      -              node-emoji-regex 8.0.0-1                     string-width@4.2.3 (^8.0.0)
distro        is-fullwidth-code-point          -              node-is-fullwidth-code-point 3.0.0-1         string-width@4.2.3 (^3.0.0)
distro        strip-ansi                       -              node-strip-ansi 6.0.1-2                      string-width@4.2.3 (^6.0.1)
@END
