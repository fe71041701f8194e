# A compat crate: crossbeam-epoch 0.9.13 needs autocfg ^1 and the indexes
# ship a newer major.  Debian: debcargo's semver-suffixed rust-autocfg-1 /
# librust-autocfg-1-dev, with the provides of librust-autocfg-dev but not
# its own name; Fedora: rust-autocfg1, still crate(autocfg) = 1.1.0.  Both
# install under a versioned registry folder, so nothing conflicts
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS import crate:crossbeam-epoch@0.9.13 --recursive -t debian -t fedora --distro-index $TOP/tests/distro/plan/Packages.gz --distro-index $TOP/tests/distro/plan/primary.xml.gz -o $OUT --registry file://$TOP/tests/registry/crates/
@STDOUT-HAS /rust-autocfg-1 (compat)
@STDOUT-HAS /rust-autocfg1 (compat)
@FILE-HAS rust-autocfg-1/debian/control Source: rust-autocfg-1
@FILE-HAS rust-autocfg-1/debian/control Package: librust-autocfg-1-dev
@FILE-HAS rust-autocfg-1/debian/control  librust-autocfg-1+default-dev (= ${binary:Version}),
@FILE-HAS rust-autocfg-1/debian/control  librust-autocfg-1.1.0-dev (= ${binary:Version}),
@FILE-HAS rust-autocfg-1/debian/control  librust-autocfg-dev (= ${binary:Version})
@FILE-LACKS rust-autocfg-1/debian/control librust-autocfg-1-dev (=
@FILE-HAS rust-autocfg-1/debian/changelog rust-autocfg-1 (1.1.0-1)
@FILE-HAS rust-crossbeam-epoch/debian/control librust-autocfg-1+default-dev
@FILE-HAS rust-autocfg1/rust-autocfg1.spec Name:           rust-autocfg1
@FILE-HAS rust-autocfg1/rust-autocfg1.spec Source:         autocfg-1.1.0.crate
@FILE-HAS rust-autocfg1/rust-autocfg1.spec %global crate autocfg
@SH rpmspec -q --provides $OUT/rust-autocfg1/rust-autocfg1.spec 2>/dev/null | tr '\n' ';' | grep -q 'crate(autocfg) = 1.1.0;rust-autocfg1-devel = 1.1.0-1;crate(autocfg/default) = 1.1.0;'
@SH ! grep -q Conflicts $OUT/rust-autocfg1/rust-autocfg1.spec $OUT/rust-autocfg-1/debian/control
@SH test -f $OUT/rust-autocfg-1_1.1.0.orig.tar.gz && test ! -e $OUT/rust-autocfg
@SH $TOP/tests/pkgcheck.sh $TOOLS $OUT rust-autocfg1 rust-autocfg-1
