# an ELF file named .txt in a patch release
@ARGS review npm:tiny-binary@1.0.0..1.0.1 --registry file://$TOP/tests/review/npm/
@STDOUT-HAS   high   binary              ELF executable in the source package (128 bytes)
@STDOUT-HAS          at lib/data.txt
@STDOUT-HAS   A lib/data.txt (128 bytes, binary)
@SH $FERRY review npm:tiny-binary@1.0.0 --registry file://$TOP/tests/review/npm/ | grep -c ' binary ' | grep -qx 0
