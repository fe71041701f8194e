# A peer that peerDependenciesMeta marks optional is no more required than
# an optional dependency: ferry plan leaves it out (plan-optional-default),
# and import writes it as Recommends, not Requires/Depends, on both targets;
# the hard peer stays a requirement.  (The reader decides the kind once.)
@BEFORE python3 $TOP/tests/hostile/make_runtime.py $TMP/reg
@ARGS import npm:optpeer -t fedora -t debian -o $OUT --registry file://$TMP/reg/
@FILE-HAS nodejs-optpeer/nodejs-optpeer.spec Requires:       (npm(hard-peer) >= 1.0.0 with npm(hard-peer) < 2.0.0~)
@FILE-HAS nodejs-optpeer/nodejs-optpeer.spec Recommends:     (npm(soft-peer) >= 2.0.0 with npm(soft-peer) < 3.0.0~)
@FILE-LACKS nodejs-optpeer/nodejs-optpeer.spec Requires:       (npm(soft-peer)
@FILE-LACKS nodejs-optpeer/nodejs-optpeer.spec BuildRequires:  (npm(soft-peer)
@FILE-HAS node-optpeer/debian/control          node-hard-peer (>= 1.0.0), node-hard-peer (<< 2.0.0~)
@FILE-HAS node-optpeer/debian/control Recommends: node-soft-peer (>= 2.0.0), node-soft-peer (<< 3.0.0~)
@SH ! sed -n '/^Depends:/,/^[A-Z][a-z-]*: /{/^Recommends:/d;p}' $OUT/node-optpeer/debian/control | grep -q soft-peer
