# A legacy .zip sdist is read like a tarball (libarchive, in memory)
@ARGS import pypi:t-py-zip -t fedora -t debian -o $OUT --registry file://$TOP/tests/hostile/pypi/
@STDOUT-HAS fedora: t-py-zip 1.0.0 ->
@FILE-HAS python-t-py-zip/python-t-py-zip.spec Source:         t-py-zip-1.0.0.zip
@FILE-HAS python-t-py-zip/python-t-py-zip.spec %autosetup -p1 -n t-py-zip-1.0.0
@FILE-HAS python-t-py-zip/debian/changelog python-t-py-zip (1.0.0-1)
@SH tar tzf $OUT/python-t-py-zip_1.0.0.orig.tar.gz | grep -qx t-py-zip-1.0.0/PKG-INFO
