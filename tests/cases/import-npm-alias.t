# An alias dependency ("left-pad-cjs": "npm:left-pad@^1.3.0") is a
# dependency on the aliased package; the reviewer is told the name the
# package requires it by
@ARGS import npm:t-alias -t debian -t fedora -o $OUT --registry $HREG
@FILE-HAS node-t-alias/debian/control node-left-pad (>= 1.3.0), node-left-pad (<< 2.0.0~)
@FILE-HAS node-t-alias/debian/control dependency left-pad-cjs is an alias of left-pad (^1.3.0): the package requires it as 'left-pad-cjs'
@FILE-HAS nodejs-t-alias/nodejs-t-alias.spec npm(left-pad)
@FILE-LACKS node-t-alias/debian/control npm:
