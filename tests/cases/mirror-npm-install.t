# npm's own client installs from the mirror served on 127.0.0.1 (the script checks what npm installed and loads it), and refuses it with EINTEGRITY once a tarball changes; mirror verify names that tarball
@BEFORE bash $TOP/tests/fixtures/mirror/npm-install.sh $FERRY $TOP $TMP
@ARGS mirror verify --mirror $TMP/mirror
@EXIT 3
@STDERR-HAS /npm/sig-good/-/sig-good-1.0.0.tgz: its sha512 is 
@STDERR-LINES 1
