'use strict';

const build = require('@microsoft/sp-build-web');

build.addSuppression(`Warning - [sass] The local CSS class 'ms-Grid' is not camelCase and will not be type-safe.`);
// The feature's element files (site columns, content types, the guide list) are not applied by a
// tenant-wide deployment (skipFeatureDeployment): the README's deployment steps (and the setup
// command) provision them. The toolchain says so on every package; it is known, not a failure.
build.addSuppression(/Admins can make this solution available to all sites immediately, but the solution also contains feature\.xml elements for provisioning/);

var getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  var result = getTasks.call(build.rig);

  result.set('serve', result.get('serve-deprecated'));

  return result;
};

build.initialize(require('gulp'));
