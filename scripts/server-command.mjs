// How a Hearth server process is started: `npm start`, the benchmark and the tests that run Hearth as its own
// process all use this, so they run the server as production does.
//
// --max-semi-space-size=32 (MiB): V8's young generation, 16 MiB by default, fills every few hundred requests on the
// hot paths (each answer allocates its buffers and strings), and each scavenge costs a pause; a larger one
// measured 5–25 % less CPU per request on the members and preview rows (decision 126). It costs about
// 48 MiB more memory in a busy process.
export const serverNodeArgs = ['--max-semi-space-size=32', '--import', 'tsx', 'server/main.ts'];
