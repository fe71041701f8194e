# An exclusion dpkg honours: '!=0.17.0' must refuse Debian's 0.17.0-1,
# 0.17-1 and 0.17.0+dfsg-1 and admit 0.17.0.post1-1 and 0.17.1-1; each
# line of the table is judged by dpkg --compare-versions against
# python3-packaging (issue 12)
@ARGS version range pypi '!=0.17.0' --to deb --name pyrsistent
@STDOUT
python3-pyrsistent (<< 0.17) | python3-pyrsistent (>= 0.17.0.~)
@END
@SH $TOP/tests/deb-spellings.sh $FERRY "/usr/bin/python3 $TOP/tests/oracles/pypi/oracle.py satisfies" $TOP/tests/fixtures/pypi/deb-spellings.tsv
# the same for npm ranges that exclude a version (node-semver decides)
@SH $TOP/tests/deb-spellings.sh $FERRY "node $TOP/tests/fixtures/semver/oracle.js" $TOP/tests/fixtures/semver/deb-spellings.tsv npm
