# review --source: the artifact is what npm pack ships of the commit gitHead names, from the package's folder
@BEFORE python3 $TOP/tests/fixtures/source/mkrepo.py $TMP/s >/dev/null
@ARGS review npm:src-good@1.0.0 --registry file://$TMP/s/reg/ --source $TMP/s/repo
@STDOUT-HAS  at ad19a6283403d0e2de849de0af626266189d4460 (the package's own record of its commit (unverified)), folder packages/src-good: 4 the same, 0 only in the artifact, 0 differ, 0 not shipped, 0 written by the pack step
@STDOUT-LACKS source-mismatch
