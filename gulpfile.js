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

// Targeted news, the hub start page's web part, gets its view and services as one chunk holding
// everything they need ('targeted-news', TargetedNewsWebPart.loadView). Left to splitChunks it was a
// dozen chunks shared with the other web parts, each minified and compressed on its own: more
// bytes for the same code (`npm run bench` measures each first render from the package). The other
// web parts' lazy chunks are split as before.
build.configureWebpack.mergeConfig({
  additionalConfiguration: (config) => {
    config.optimization = config.optimization || {};
    config.optimization.splitChunks = {
      ...(config.optimization.splitChunks || {}),
      chunks: (chunk) => !chunk.canBeInitial() && chunk.name !== 'targeted-news'
    };
    return config;
  }
});

build.initialize(require('gulp'));
