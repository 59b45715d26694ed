// Runs in the page `npm run bench` opens to load one component of the ship build (the .sppkg's
// ClientSideAssets) as SharePoint would: its entry script, then whatever chunks its own code asks
// for. What SharePoint's page provides is stood in for here and is not part of what is measured:
// React and ReactDOM (their UMD builds, loaded first), a minimal AMD `define` in place of the SPFx
// loader, and small stand-ins for @microsoft/sp-core-library, sp-webpart-base,
// sp-application-base and sp-loader (a base class, the context, the status renderer).
// The component's data comes from the local tenant: Graph's address is sent to this origin and
// requests to this origin carry the persona's token (SharePoint would send its cookie).
// Address parameters: id (component id), persona, zone (the data-webpart of its zone),
// properties (JSON), web (server-relative path of the page's web), page (JSON: the must-read
// customizer's list item), user (JSON: loginName, displayName, email). Sets window.__shipHost
// to { state: 'started' | 'failed', error }.
(function () {
  'use strict';
  var params = new URLSearchParams(window.location.search);
  var persona = params.get('persona') || '';
  var origin = window.location.origin;
  var host = (window.__shipHost = { state: 'loading', error: '' });
  function fail(error) {
    host.state = 'failed';
    host.error = String((error && error.stack) || error);
  }

  var nativeFetch = window.fetch.bind(window);
  window.fetch = function (input, init) {
    if (typeof input !== 'string' && !(input instanceof URL)) {
      return nativeFetch(input, init);
    }
    var url = String(input);
    if (url.indexOf('https://graph.microsoft.com/') === 0) {
      url = origin + url.slice('https://graph.microsoft.com'.length);
    }
    var options = Object.assign({}, init);
    var headers = new Headers(options.headers || {});
    if (new URL(url, origin).origin === origin && !headers.has('authorization')) {
      headers.set('authorization', 'Bearer ' + persona);
    }
    options.headers = headers;
    return nativeFetch(url, options);
  };

  // ---- The SPFx stand-ins (externals: SharePoint's page has them, they are not measured) ----
  var DisplayMode = { Read: 1, Edit: 2 };
  var Version = { parse: function (v) { return { toString: function () { return v; } }; } };
  function BaseComponent() {}
  BaseComponent.prototype.onInit = function () { return Promise.resolve(); };
  BaseComponent.prototype.onDispose = function () {};
  class BaseClientSideWebPart extends BaseComponent {
    render() {}
    onThemeChanged() {}
    onPropertyPaneFieldChanged() {}
  }
  class BaseApplicationCustomizer extends BaseComponent {}
  var externals = {
    react: window.React,
    'react-dom': window.ReactDOM,
    '@microsoft/sp-core-library': { DisplayMode: DisplayMode, Version: Version },
    '@microsoft/sp-webpart-base': { BaseClientSideWebPart: BaseClientSideWebPart },
    '@microsoft/sp-application-base': { BaseApplicationCustomizer: BaseApplicationCustomizer, PlaceholderName: { Top: 1, Bottom: 2 } },
    '@microsoft/sp-loader': {
      SPComponentLoader: {
        loadComponentById: function (id) { return Promise.reject(new Error('Not part of a first render: component ' + id)); },
        loadCss: function () {}
      }
    }
  };

  var named = {};
  var anonymous = null;
  window.define = function (name, deps, factory) {
    if (typeof name !== 'string') {
      factory = deps;
      deps = name;
      name = null;
    }
    if (typeof deps === 'function') {
      factory = deps;
      deps = [];
    }
    var record = { deps: deps, factory: factory };
    if (name) {
      named[name] = record;
    } else {
      anonymous = record;
    }
  };
  window.define.amd = {};

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = src;
      script.onload = resolve;
      script.onerror = function () { reject(new Error('Could not load ' + src)); };
      document.head.appendChild(script);
    });
  }

  function resolveDependency(name, resources) {
    var resource = resources[name];
    if (resource && resource.type === 'localizedPath') {
      anonymous = null;
      return loadScript('/ship/' + (resource.paths['sv-SE'] || resource.defaultPath)).then(function () {
        var record = anonymous;
        return typeof record.factory === 'function' ? record.factory() : record.factory;
      });
    }
    if (Object.prototype.hasOwnProperty.call(externals, name)) {
      return Promise.resolve(externals[name]);
    }
    return Promise.reject(new Error('No stand-in for ' + name));
  }

  function instantiate(component) {
    var manifest = component.manifest;
    var config = manifest.loaderConfig;
    var entry = config.scriptResources[config.entryModuleId];
    anonymous = null;
    return loadScript('/ship/' + entry.path).then(function () {
      // The entry defines itself by name (id_version) or, as some do, anonymously.
      var record = named[manifest.id + '_' + manifest.version] || anonymous;
      if (!record) {
        throw new Error('The entry did not define ' + manifest.id);
      }
      return Promise.all(record.deps.map(function (dep) { return resolveDependency(dep, config.scriptResources); }))
        .then(function (deps) { return record.factory.apply(null, deps); });
    });
  }

  function start() {
    var component = JSON.parse(document.getElementById('component').textContent);
    var zone = document.getElementById('zone');
    zone.setAttribute('data-webpart', params.get('zone') || '');
    var webPath = params.get('web') || '/';
    var user = JSON.parse(params.get('user') || '{}');
    var page = params.get('page') ? JSON.parse(params.get('page')) : null;
    var id = function (value) { return { toString: function () { return value; } }; };
    var context = {
      pageContext: {
        web: { absoluteUrl: origin + (webPath === '/' ? '' : webPath), serverRelativeUrl: webPath },
        site: { absoluteUrl: origin + (webPath === '/' ? '' : webPath), id: id(page ? page.siteId : '00000000-0000-0000-0000-000000000000') },
        user: user,
        cultureInfo: { currentUICultureName: 'sv-SE', currentCultureName: 'sv-SE' },
        legacyPageContext: {},
        list: page ? { id: id(page.listId), serverRelativeUrl: page.listUrl } : undefined,
        listItem: page ? { id: page.itemId } : undefined
      },
      aadTokenProviderFactory: { getTokenProvider: function () { return Promise.resolve({ getToken: function () { return Promise.resolve(persona); } }); } },
      statusRenderer: {
        displayLoadingIndicator: function (element, text) {
          element.innerHTML = '';
          var p = document.createElement('p');
          p.setAttribute('role', 'status');
          p.textContent = text;
          element.appendChild(p);
        },
        clearLoadingIndicator: function (element) { element.innerHTML = ''; },
        renderError: function (element, text) {
          element.innerHTML = '';
          var p = document.createElement('p');
          p.setAttribute('role', 'alert');
          p.textContent = text;
          element.appendChild(p);
        }
      },
      sdks: {},
      propertyPane: { refresh: function () {} },
      application: { navigatedEvent: { add: function () {} } },
      placeholderProvider: { tryCreateContent: function () { return { domElement: zone, isDisposed: false }; } }
    };
    return instantiate(component).then(function (module) {
      var instance = new module.default();
      instance.context = context;
      instance.domElement = zone;
      instance.properties = JSON.parse(params.get('properties') || '{}');
      instance.displayMode = DisplayMode.Read;
      instance.renderedOnce = false;
      return Promise.resolve(instance.onInit()).then(function () {
        if (typeof instance.render === 'function') {
          instance.render();
          instance.renderedOnce = true;
        }
        host.state = 'started';
      });
    });
  }

  try {
    start().catch(fail);
  } catch (error) {
    fail(error);
  }
})();
