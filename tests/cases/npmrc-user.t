@BEFORE printf 'registry=%s\n' "$REG" > npmrc
@ENV npm_config_userconfig=$TMP/npmrc
@ARGS import npm:left-pad -t fedora -o $OUT
@FILE-HAS nodejs-left-pad/nodejs-left-pad.spec Name:           nodejs-left-pad
