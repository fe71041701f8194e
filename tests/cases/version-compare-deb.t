# compare with --to: B is a version of a Debian package, compared as the
# upstream version it carries (before pkg-js-tools' +~ components, the
# repack suffix and the revision), as the plan compares
@ARGS version compare npm 7.2.0 '8.1.1+~8.1.1-1' --to deb
@STDOUT
-1
@END
