// `npm run lint:deps`: import rules checked by dependency-cruiser over the sources, the tests, the
// benches and the bin. No module may import itself through others (type-only imports count too:
// a circle of types is a circle a reader has to untangle all the same).
/* global module */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import circle: move what both sides need into a module of its own.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
