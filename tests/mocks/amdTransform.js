'use strict';
// Runs an SPFx AMD loc file (define([], function () { return {...}; })) as CommonJS in Jest.
module.exports = {
  process(source) {
    return { code: 'var define = function (deps, factory) { module.exports = factory(); };\n' + source };
  }
};
