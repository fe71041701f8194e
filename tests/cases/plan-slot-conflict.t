# Two requirements on one slot (semver-major) that no single version meets:
# libsolv's problem, in words: which requirement, which candidates, why
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE cp "$TOP/tests/distro/plan/Packages.gz" .
@ARGS plan npm:slot-root --target debian --distro-index Packages.gz --registry file://$TOP/tests/distro/plan/npm/
@EXIT 1
@STDOUT
problem 1: slot-root@1.0.0 requires slot-a 1.0.0: candidates slot-a@1.0.0, none usable
  slot-b@1.0.0 requires slot-a ~1.1.0: candidates slot-a@1.1.0, none usable
  slot-a@1.1.0 and slot-a@1.0.0 are the same slot: a distribution ships one version per slot
  slot-root@1.0.0 requires slot-b ^1.0.0: candidates slot-b@1.0.0, none usable
  slot-root@1.0.0 is asked for
@END
@STDERR-HAS slot-root: the closure cannot be solved (1 problem)
