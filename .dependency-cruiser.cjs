/**
 * The boundaries the build keeps (run by test/boundaries.test.ts in `npm test`, or `npx depcruise src web/src`):
 * what the offline verifier may load, what the faces may reach, what the browser may carry, and no circles.
 * Tests may wire anything together, so their own files are not held to the layering rules (circles still count).
 */
const TESTS = '\\.test\\.tsx?$|\\.test-support\\.tsx?$|(^|/)test-support/';
// The server proper: storage, database, the faces, the app that wires them, background work.
const SERVER = '^src/(db|vault|server|cli|app|jobs)/|^src/ledger/(?!proofs/)';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A circle of imports (types included) makes load order matter and the layers meaningless.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'proofs-are-pure',
      comment:
        'src/ledger/proofs/ is what a court, a browser and `dossier verify` trust: it imports nothing of Dossier but ' +
        'itself and the shared errors and wordings of src/common/.',
      severity: 'error',
      from: { path: '^src/ledger/proofs/', pathNot: TESTS },
      to: { path: '^(src|web)/', pathNot: '^src/ledger/proofs/|^src/common/(errors|wording|reason)\\.ts$' },
    },
    {
      name: 'offline-verifiers-stand-alone',
      comment:
        'src/bag/ and src/capture/ check case files and web archives offline: they import only the proofs, src/common/ ' +
        'and each other, never storage, the database, a domain module or the faces.',
      severity: 'error',
      from: { path: '^src/(bag|capture)/', pathNot: TESTS },
      to: { path: '^(src|web)/', pathNot: '^src/(ledger/proofs|common|bag|capture)/' },
    },
    {
      name: 'faces-call-the-domain',
      comment: 'Routes and commands parse, call a domain function and format: the database is reached through the domain (types aside).',
      severity: 'error',
      from: { path: '^src/(server|cli)/', pathNot: TESTS },
      to: { path: '^src/db/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'web-takes-no-server-code',
      comment:
        'The browser imports of the server only the proofs and what is shared (words, vocabularies, pure checks); ' +
        'types aside. Storage, database, faces and the app stay on the server.',
      severity: 'error',
      from: { path: '^web/src/', pathNot: TESTS },
      to: { path: SERVER, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'nothing-imports-the-web',
      comment: 'The web app is a client of the server: no server module imports it.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^web/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules)/' },
    // Type-only imports are kept (marked "type-only"), so circles of types count and the rules can set them aside.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.d.ts'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
