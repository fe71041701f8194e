# Fedora, against what a system has installed: rpmdb:ROOT (here at
# Fedora's /var/lib/rpm under ROOT) as the distribution.  Installed
# packages satisfy requirements (distro), are too old (update) or a newer
# major than a requirement allows (compat)
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE export HOME=$PWD && rpmbuild -bb --define "_topdir $PWD/rpm" "$TOP/tests/distro/rpmdb/nodejs-fixtures.spec" >/dev/null 2>&1 && rpm --root "$PWD/root" --define "_dbpath /var/lib/rpm" --initdb && rpm --root "$PWD/root" --define "_dbpath /var/lib/rpm" -i --nodeps --justdb rpm/RPMS/noarch/*.rpm >/dev/null 2>&1
@ARGS plan npm:wrap-ansi@7.0.0 --target fedora --distro-index rpmdb:$TMP/root --registry $REG
@STDOUT
STATUS        PACKAGE                          VERSION        DISTRIBUTION                                 REQUIRED BY
new           wrap-ansi                        7.0.0          -                                            (root)
compat        ansi-styles                      4.3.0          nodejs-ansi-styles 6.2.1-1.fc41              wrap-ansi@7.0.0 (^4.0.0)
update        string-width                     4.2.3          nodejs-string-width 4.0.0-1.fc41             wrap-ansi@7.0.0 (^4.1.0)
distro        strip-ansi                       -              nodejs-strip-ansi 6.0.1-4.fc41               wrap-ansi@7.0.0 (^6.0.0)
distro        color-convert                    -              nodejs-color-convert 2.0.1-3.fc41            ansi-styles@4.3.0 (^2.0.1)
distro        emoji-regex                      -              nodejs-emoji-regex 8.0.0-2.fc41              string-width@4.2.3 (^8.0.0)
distro        is-fullwidth-code-point          -              nodejs-is-fullwidth-code-point 3.0.0-2.fc41  string-width@4.2.3 (^3.0.0)
distro        strip-ansi                       -              nodejs-strip-ansi 6.0.1-4.fc41               string-width@4.2.3 (^6.0.1)
@END
@SH test -f root/var/lib/rpm/rpmdb.sqlite
