# ferry import (not only the plan) honours the os, cpu and libc of
# optionalDependencies: each one's own metadata is read, and one that does
# not install on the target's architecture (amd64 by default: node's
# linux/x64, glibc) is not Recommended; a comment in the packaging says why
@BEFORE python3 $TOP/tests/distro/plan/withtarball.py pf-root reg
@ARGS import npm:pf-root -t debian -o $OUT --registry file://$TMP/reg/
@FILE-HAS node-pf-root/debian/control Recommends: node-pf-linux-x64 (>= 1.0.0), node-pf-linux-x64 (<< 1.0.1~),
@FILE-HAS node-pf-root/debian/control node-pf-not-win32 (>= 1.0.0)
@FILE-HAS node-pf-root/debian/control #   optional dependency pf-win32-x64 1.0.0 left out: not for amd64 (its os field excludes this target)
@FILE-HAS node-pf-root/debian/control #   optional dependency pf-linuxmusl-x64 1.0.0 left out: not for amd64 (its libc field excludes this target)
@FILE-LACKS node-pf-root/debian/control Recommends: node-pf-win32-x64
@FILE-LACKS node-pf-root/debian/control , node-pf-linux-arm64
@FILE-LACKS node-pf-root/debian/control , node-pf-linuxmusl-x64
