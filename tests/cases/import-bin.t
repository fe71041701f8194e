@ARGS import npm:semver@7.6.3 -t fedora -o $OUT --registry $REG
@FILE-HAS nodejs-semver/nodejs-semver.spec ln -sf %{nodejs_sitelib}/%{npm_name}/bin/semver.js %{buildroot}%{_bindir}/semver
@FILE-HAS nodejs-semver/nodejs-semver.spec %{_bindir}/semver
