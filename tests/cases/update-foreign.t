# a Debian source tree ferry did not write (laid out as apt-get source
# unpacks one: tests/fixtures/foreign) is the base: the new version goes
# into a new tree beside it, as uupdate does, with the new upstream files,
# the packager's debian/ carried over, a new changelog entry on top of all
# theirs, and only the relations the new metadata changes moved (a lower
# bound raised in the packager's own form, a new dependency added, a
# dropped one removed, their other clauses as they were; Build-Depends,
# which lists the runtime dependencies for the tests, gets the new one
# with the same <!nocheck>); their patch still applies (dpkg-source -b builds the source
# package); the old tree is left as it was
@BEFORE python3 $TOP/tests/fixtures/foreign/mkreg.py reg && mkdir out && cp -r $TOP/tests/fixtures/foreign/node-fdemo-1.0.0 out/ && (cd out && tar -C node-fdemo-1.0.0 --exclude=debian -czf node-fdemo_1.0.0.orig.tar.gz . && find node-fdemo-1.0.0 -type f | sort | xargs sha256sum) > sums
@ARGS update $OUT/node-fdemo-1.0.0 --registry file://$TMP/reg/
@STDOUT-HAS debian: fdemo 1.0.0 -> 1.1.0: 
@STDOUT-HAS /out/node-fdemo-1.1.0, a new tree beside 
@STDOUT-HAS (4 changes; 1 patch tried)
@STDOUT-HAS changed: Depends: node-ms (>= 2.1.3) (was node-ms (>= 2.1.1)), for ms ^2.1.3
@STDOUT-HAS changed: Depends: node-string-width (>= 4.2.0), node-string-width (<< 5.0.0~) added, for string-width ^4.2.0
@STDOUT-HAS changed: Depends: node-left-pad (>= 1.1.0) dropped: fdemo 1.1.0 no longer depends on left-pad
@STDOUT-HAS changed: Build-Depends: node-string-width <!nocheck> added, for string-width ^4.2.0
@STDERR-LINES 0
@FILE-HAS node-fdemo-1.1.0/debian/changelog node-fdemo (1.1.0-1) UNRELEASED; urgency=medium
@FILE-HAS node-fdemo-1.1.0/debian/changelog  -- Jane Packager <jane@example.org>  Wed, 15 Nov 2023 12:00:00 +0000
@FILE-HAS node-fdemo-1.1.0/debian/control  , node-ms (>= 2.1.3)
@FILE-HAS node-fdemo-1.1.0/debian/control  , node-ms <!nocheck>
@FILE-HAS node-fdemo-1.1.0/debian/control  , node-string-width <!nocheck>
@FILE-HAS node-fdemo-1.1.0/debian/control Description: fdemo for Node.js, as Debian packages it
@FILE-LACKS node-fdemo-1.1.0/debian/control left-pad
@FILE-HAS node-fdemo-1.1.0/index.js return String(s);
@FILE-HAS .ferry/node-fdemo-1.1.0.files origin npm fdemo 1.1.0 debian foreign
@SH cmp $OUT/node-fdemo_1.1.0.orig.tar.gz $TMP/reg/-/fdemo-1.1.0.tgz && cmp $OUT/node-fdemo-1.1.0/debian/patches/readme.patch $TOP/tests/fixtures/foreign/node-fdemo-1.0.0/debian/patches/readme.patch
@SH test "$(grep -c '^node-fdemo (' $OUT/node-fdemo-1.1.0/debian/changelog)" = 3
@SH cd $OUT && find node-fdemo-1.0.0 -type f | sort | xargs sha256sum | cmp - ../sums
@SH cd $OUT && dpkg-source -b node-fdemo-1.1.0 >/dev/null && test -e node-fdemo_1.1.0-1.dsc
