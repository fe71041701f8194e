# debian/copyright's holders are the license file's, as written there (two
# Copyright lines, as debug's LICENSE has), not package.json's author; the
# License paragraph keeps the file's lines, the title and holders aside
@BEFORE python3 $TOP/tests/hostile/make_content.py reg
@ARGS import npm:c-two-holders -t debian -o $OUT --registry file://$TMP/reg/npm/
@FILE-HAS node-c-two-holders/debian/copyright Copyright: 2014-2017 TJ Holowaychuk <tj@vision-media.ca>
@SH grep -qx ' 2018-2021 Josh Junon' $OUT/node-c-two-holders/debian/copyright
@FILE-LACKS node-c-two-holders/debian/copyright qix
@FILE-LACKS node-c-two-holders/debian/copyright Comment: The upstream license files name no copyright holder
@SH grep -qx ' of this software and associated documentation files (the "Software"), to deal' $OUT/node-c-two-holders/debian/copyright
@SH ! grep -q '^ (The MIT License)' $OUT/node-c-two-holders/debian/copyright
# the packaging's own paragraph says whose it is and why under upstream's terms
@FILE-HAS node-c-two-holders/debian/copyright  $FERRY_PACKAGER or $DEBFULLNAME <$DEBEMAIL>), who holds the packaging and
