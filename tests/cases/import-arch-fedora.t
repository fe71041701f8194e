# --arch in the target's own names: Fedora's aarch64 is node's arm64
@BEFORE python3 $TOP/tests/distro/plan/withtarball.py pf-root reg
@ARGS import npm:pf-root -t fedora --arch aarch64 -o $OUT --registry file://$TMP/reg/
@FILE-HAS nodejs-pf-root/nodejs-pf-root.spec Recommends:     npm(pf-linux-arm64)
@FILE-LACKS nodejs-pf-root/nodejs-pf-root.spec npm(pf-linux-x64)
@FILE-LACKS nodejs-pf-root/nodejs-pf-root.spec npm(pf-win32-x64)
@FILE-HAS nodejs-pf-root/nodejs-pf-root.spec optional dependency pf-linux-x64 1.0.0 left out: not for aarch64
