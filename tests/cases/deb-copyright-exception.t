# SPDX WITH: DEP-5's "with X exception", and no License paragraph for the
# exception itself
@BEFORE python3 $TOP/tests/hostile/make_content.py reg
@ARGS import npm:c-exception -t debian -o $OUT --registry file://$TMP/reg/npm/
@FILE-HAS node-c-exception/debian/copyright License: Apache-2.0 with LLVM exception
@FILE-LACKS node-c-exception/debian/copyright License: LLVM
# lintian: missing-license-paragraph-in-dep5-copyright unless the paragraph has the full name
@SH [ "$(grep -c "^License: Apache-2.0 with LLVM exception$" $OUT/node-c-exception/debian/copyright)" = 3 ]
@FILE-HAS node-c-exception/debian/copyright  "/usr/share/common-licenses/Apache-2.0".
