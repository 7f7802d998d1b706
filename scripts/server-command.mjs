// How a Hearth server process is started: `npm start`, the benchmark and the tests that run Hearth as its own
// process all use this, so they run the server as production does.
//
// --max-semi-space-size=32 (MiB): V8's young generation, 16 MiB by default, fills every few hundred requests on the
// hot paths (each answer allocates its buffers and strings), and each scavenge costs a pause; a larger one
// measured 5–25 % less CPU per request on the members and preview rows (decision 126). It costs about
// 48 MiB more memory in a busy process.
//
// --no-allocation-site-pretenuring: under load V8 decided to allocate some objects of the hot paths (the driver's
// row arrays among them) straight in the old generation. Each such object is dead a few milliseconds later, but a
// scavenge cannot know that, so every young string it points to (each row's values) survived and was promoted too:
// 3–4 MB promoted per scavenge, scavenges of 5–13 ms and a mark-compact every few seconds. Without pretenuring
// the same load promotes about 30 KB per scavenge, and a members page costs about a quarter less CPU
// (docs/decisions/132-no-pretenuring.md).
export const serverNodeArgs = [
  '--max-semi-space-size=32',
  '--no-allocation-site-pretenuring',
  '--import',
  'tsx',
  'server/main.ts',
];
