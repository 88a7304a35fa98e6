// The gateway's folders depend one way only (DESIGN.md, "Layout"). `npm run deps` checks it,
// and so does test/architecture/dependencies.test.ts in `npm test`.
//
// server/ has three layers; each may import the ones below it, never one above:
//   1. the composition root, server/app/ (and server/main.ts, the entry that hands over to it):
//      start-up, wiring, schema assembly. The only folder that imports every domain.
//   2. the domain folders (writers/, onboarding/, transfers/, payout-runs/, …): each imports the
//      kernel and, where it truly needs one, a lower domain. Two folders never import each other,
//      even through a third: when two domains need the same piece, it moves to the lower one, or
//      the higher one declares an interface that app/ wires to the other.
//   3. the kernel, the folders listed below: shared pieces with no business of their own. It
//      imports no domain and not app/, so every domain can use it.

/** The kernel folders under server/. Anything else under server/ but app/ is a domain. */
const KERNEL = ['config', 'errors', 'logging', 'metrics', 'db', 'stripe', 'rate-limits', 'pubsub', 'identity', 'money', 'money-intents', 'graphql', 'http'];
const kernel = `^server/(${KERNEL.join('|')})/`;
const root = '^server/(app/|main\\.ts$)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular-folders',
      comment:
        'Two folders of server/ import each other, directly or through others. Decide which of the two is lower, and move the piece both need there (or declare an interface in the higher one, implemented by the lower one and wired in server/app/).',
      severity: 'error',
      scope: 'folder',
      from: { path: '^server/' },
      to: { circular: true },
    },
    {
      name: 'no-circular-sandbox-folders',
      comment:
        'Two folders of sandbox/ import each other. The sandbox layers the same way (sandbox/README.md, "Layout"): its root files assemble, resources sit on http/pages/versions, which sit on kernel/ and state/.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^sandbox/' },
      to: { circular: true },
    },
    {
      name: 'no-circular',
      comment: 'Modules import each other, directly or through others: one of them should not need the other.',
      severity: 'error',
      from: { path: '^(server|sandbox|admin-ui)/' },
      to: { circular: true },
    },
    {
      name: 'kernel-imports-no-domain',
      comment: `The kernel (${KERNEL.join(', ')}) is shared by every domain, so it cannot depend on one. Move the piece it needs into the kernel, or let the domain hand it in.`,
      severity: 'error',
      from: { path: kernel },
      to: { path: '^server/', pathNot: kernel },
    },
    {
      name: 'only-the-entry-imports-app',
      comment: 'server/app/ wires everything together; nothing but server/main.ts builds on it. Move what is needed out of app/ into the domain or the kernel.',
      severity: 'error',
      from: { path: '^server/', pathNot: root },
      to: { path: '^server/app/' },
    },
    {
      name: 'gateway-never-imports-sandbox',
      comment: 'The gateway talks to the Stripe sandbox over HTTP through the Stripe SDK only, exactly as it talks to Stripe.',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^sandbox/' },
    },
    {
      name: 'sandbox-never-imports-gateway',
      comment: 'The sandbox stands in for Stripe and knows nothing of the gateway.',
      severity: 'error',
      from: { path: '^sandbox/' },
      to: { path: '^server/' },
    },
    {
      name: 'console-never-imports-gateway',
      comment: 'The admin console reaches the gateway over GraphQL only, through the operations codegen types from schema/schema.graphql.',
      severity: 'error',
      from: { path: '^admin-ui/' },
      to: { path: '^server/' },
    },
  ],
  options: {
    // Only our own code: packages are not followed, and not listed.
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^(server|sandbox|admin-ui)/',
    // Type-only imports couple folders too.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
