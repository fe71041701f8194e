# the optional dependencies left out for the architecture are in the JSON
# plan (plan-TARGET.json of import --recursive), each with its reason
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS plan npm:pf-root --target debian --with-optional --json --distro-index $TOP/tests/distro/plan/Packages-bookworm --registry file://$TOP/tests/distro/plan/npm/
@STDOUT-HAS "why": "pf-win32-x64@1.0.0 is not for amd64: its os field excludes this target"
@STDOUT-HAS "why": "pf-linuxmusl-x64@1.0.0 is not for amd64: its libc field excludes this target"
@STDOUT-HAS "why": "pf-linux-arm64@1.0.0 is not for amd64: its cpu field excludes this target"
@STDOUT-LACKS "why": "pf-not-win32
