@ARGS import npm:t-man -t fedora -t debian -o $OUT --registry $HREG
@FILE-HAS nodejs-t-man/nodejs-t-man.spec install -Dpm0644 man/t-man.1 %{buildroot}%{_mandir}/man1/t-man.1
@FILE-HAS nodejs-t-man/nodejs-t-man.spec install -Dpm0644 man/t-man.conf.5 %{buildroot}%{_mandir}/man5/t-man.conf.5
@FILE-HAS nodejs-t-man/nodejs-t-man.spec %{_mandir}/man5/t-man.conf.5*
@FILE-HAS nodejs-t-man/nodejs-t-man.spec ln -sf %{nodejs_sitelib}/%{npm_name}/cli.js %{buildroot}%{_bindir}/t-man
@SH $TOOLS/specparse $OUT/nodejs-t-man/nodejs-t-man.spec | grep -qx 'Name: nodejs-t-man'
@SH mkdir -p rb && rpmbuild -bs --nodeps --define "_topdir $PWD/rb" --define "_sourcedir $OUT/nodejs-t-man" $OUT/nodejs-t-man/nodejs-t-man.spec
