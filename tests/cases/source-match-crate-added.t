# review --source of a crate whose .crate adds a build.rs no commit holds: high
@BEFORE python3 $TOP/tests/fixtures/source/mkrepo.py $TMP/s >/dev/null
@ARGS review crate:srccrate@0.1.1 --registry file://$TMP/s/creg/ --source $TMP/s/repo --no-diff
@STDOUT-HAS   A build.rs
@STDOUT-HAS high   source-mismatch     build.rs is in the artifact but not in the source at 
