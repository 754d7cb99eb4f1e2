/**
 * What the browser carries: everything the web app's entry point reaches once TypeScript has dropped the type-only
 * imports (as the bundler sees it) must stay clear of the server — its storage, database, faces, app and background
 * work, the ledger's storage, and Node's own modules. Run beside .dependency-cruiser.cjs by test/boundaries.test.ts.
 */
const { options } = require('./.dependency-cruiser.cjs');

module.exports = {
  forbidden: [
    {
      name: 'browser-reaches-no-server',
      comment: 'A module the web app bundles reaches server code or a Node built-in: move what the web needs into a shared module.',
      severity: 'error',
      from: { path: '^web/src/main\\.tsx$' },
      to: {
        path: '^src/(db|vault|server|cli|app|jobs)/|^src/ledger/(?!proofs/)|^(node:)?(fs|path|os|child_process|worker_threads|net|http|https|stream|zlib|crypto)(/|$)',
        reachable: true,
      },
    },
  ],
  options: { ...options, tsPreCompilationDeps: false },
};
