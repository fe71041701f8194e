# Cargo keeps one version per semver-major, as distributions do: =1.0.0 and
# ~1.1 on one crate cannot both hold.  libsolv's problem, in words: which
# requirement, which candidates, why each fails; exit 1
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS plan crate:slot-root --target debian --distro-index $TOP/tests/distro/plan/Packages --registry file://$TOP/tests/distro/plan/crates/
@EXIT 1
@STDERR-HAS slot-root: the closure cannot be solved (2 problems)
@STDOUT
problem 1: slot-root@1.0.0 requires slot-a/default =1.0.0: candidates slot-a@1.0.0 (feature default), none usable
  slot-b@1.0.0 requires slot-a/default ~1.1: candidates slot-a@1.1.0 (feature default), none usable
  slot-b@1.0.0 (feature default) requires slot-b@1.0.0 itself: candidates slot-b@1.0.0, none usable
  slot-a@1.1.0 (feature default) and slot-a@1.0.0 (feature default) are the same slot: a distribution ships one version per slot
  slot-root@1.0.0 requires slot-b/default ^1: candidates slot-b@1.0.0 (feature default), none usable
  slot-root@1.0.0 is asked for
problem 2: slot-root@1.0.0 (feature default) requires slot-root@1.0.0 itself: candidates slot-root@1.0.0, none usable
  slot-b@1.0.0 requires slot-a/default ~1.1: candidates slot-a@1.1.0 (feature default), none usable
  slot-b@1.0.0 (feature default) requires slot-b@1.0.0 itself: candidates slot-b@1.0.0, none usable
  slot-a@1.1.0 (feature default) and slot-a@1.0.0 (feature default) are the same slot: a distribution ships one version per slot
  slot-root@1.0.0 requires slot-b/default ^1: candidates slot-b@1.0.0 (feature default), none usable
  slot-root@1.0.0 requires slot-a/default =1.0.0: candidates slot-a@1.0.0 (feature default), none usable
  slot-root@1.0.0 (feature default) is asked for
@END
