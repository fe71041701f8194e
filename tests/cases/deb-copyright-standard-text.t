# ISC named and no license file shipped: ferry's standard ISC text (Debian
# has none in /usr/share/common-licenses), and a Comment saying so
@BEFORE python3 $TOP/tests/hostile/make_content.py reg
@ARGS import npm:c-no-file -t debian -o $OUT --registry file://$TMP/reg/npm/
@FILE-HAS node-c-no-file/debian/copyright  Permission to use, copy, modify, and/or distribute this software for any
@FILE-HAS node-c-no-file/debian/copyright Comment: The standard text: the upstream package ships no copy of its own.
@FILE-LACKS node-c-no-file/debian/copyright ships no license text
