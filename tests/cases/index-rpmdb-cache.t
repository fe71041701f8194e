# An rpm database is cached by its files' stat: unchanged, it comes from
# the .solv cache without opening it; a package installed since is read
# again
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE export HOME=$PWD && rpmbuild -bb --define "_topdir $PWD/rpm" "$TOP/tests/distro/rpmdb/nodejs-fixtures.spec" >/dev/null 2>&1 && rpm --root "$PWD/root" --define "_dbpath /var/lib/rpm" --initdb && rpm --root "$PWD/root" --define "_dbpath /var/lib/rpm" -i --nodeps --justdb rpm/RPMS/noarch/nodejs-left-pad-*.rpm >/dev/null 2>&1 && sleep 0.3 && XDG_CACHE_HOME=$TMP/cache "$FERRY" index --target fedora --distro-index rpmdb:root > first && XDG_CACHE_HOME=$TMP/cache "$FERRY" index --target fedora --distro-index rpmdb:root > second && rpm --root "$PWD/root" --define "_dbpath /var/lib/rpm" -i --nodeps --justdb rpm/RPMS/noarch/nodejs-strip-ansi-*.rpm >/dev/null 2>&1
@ARGS index --target fedora --distro-index rpmdb:root --lookup npm:strip-ansi
@STDOUT-HAS index rpmdb:root: 2 packages (parsed
@STDOUT-HAS npm:strip-ansi: strip-ansi 6.0.1 in nodejs-strip-ansi 6.0.1-4.fc41 (npm(NAME))
@SH head -1 first | grep -qxF 'index rpmdb:root: 1 packages (parsed, cached)'
@SH head -1 second | grep -qxF 'index rpmdb:root: 1 packages (from the .solv cache, by stat)'
