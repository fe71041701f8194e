# The installed rpm database as an index: rpmdb:ROOT reads the database of
# the system under ROOT, at rpm's configured %_dbpath (Debian's rpm says
# ~/.rpmdb), through librpm into libsolv; Fedora's npm() provides name the
# upstream packages
@ENV XDG_CACHE_HOME=$TMP/cache
@ENV HOME=$TMP
@BEFORE export HOME=$PWD && rpmbuild -bb --define "_topdir $PWD/rpm" "$TOP/tests/distro/rpmdb/nodejs-fixtures.spec" >/dev/null 2>&1 && rpm --root "$PWD/root" --initdb && rpm --root "$PWD/root" -i --nodeps --justdb rpm/RPMS/noarch/nodejs-left-pad-*.rpm rpm/RPMS/noarch/nodejs-strip-ansi-*.rpm >/dev/null 2>&1
@ARGS index --target fedora --distro-index rpmdb:$TMP/root --lookup npm:left-pad --lookup npm:strip-ansi
@STDOUT-HAS npm:left-pad: left-pad 1.3.0 in nodejs-left-pad 1.3.0-5.fc41 (npm(NAME))
@STDOUT-HAS npm:strip-ansi: strip-ansi 6.0.1 in nodejs-strip-ansi 6.0.1-4.fc41 (npm(NAME))
@STDOUT-HAS npm names by npm(NAME): 2
@SH grep -q "^index rpmdb:$TMP/root: 2 packages (parsed" stdout
