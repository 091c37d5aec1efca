// The `test` and `expect` of every spec: Playwright's, plus an automatic fixture that fails any test
// on a console error, an uncaught page error or a CSP violation (a `securitypolicyviolation` event),
// in every page of the test's browser context (also those opened with context.newPage()) and in
// every frame (also an iframe on another origin).
//
// A test that expects some of them declares each one precisely; any other problem still fails it:
//   test.use({ allowedProblems: [failedLoad(500, DATA)] });     // every test of a file or describe
//   test("…", async ({ page, allowProblems }) => {              // one test
//     allowProblems(failedLoad(500, DATA), /^pageerror: RuntimeError: unreachable$/);
// Each problem is one line, "<kind>: <text>", with " @ <url>" where the browser names a URL (for a
// failed request: the resource), and a pattern is tested against that whole line. Never allow
// anything broadly: name the message, and the URL where there is one.
import { test as base, expect } from "@playwright/test";

export { expect };

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The browser's console error for a request that failed: `status` is an HTTP status (404, 500) or a
 * network error name (ERR_INTERNET_DISCONNECTED); `path` is the end of the requested URL.
 */
export function failedLoad(status, path) {
  const reason = typeof status === "number" ? `the server responded with a status of ${status} \\([^)]*\\)` : `net::${escape(status)}`;
  return new RegExp(`^console\\.error: Failed to load resource: ${reason} @ \\S*/${escape(path)}$`);
}

export const test = base.extend({
  /** Patterns of the problems every test of a file or describe block expects (see above). */
  allowedProblems: [[], { option: true }],

  problemWatch: [
    async ({ context, allowedProblems }, use, testInfo) => {
      const problems = [];
      context.on("console", (message) => {
        if (message.type() !== "error") return;
        const url = message.location()?.url;
        problems.push(`console.error: ${message.text()}${url ? ` @ ${url}` : ""}`);
      });
      context.on("weberror", (error) => problems.push(`pageerror: ${error.error().message}`));
      // The binding and the init script reach every frame of every page of the context, frames on
      // another origin included.
      await context.exposeBinding("__e2eReportCspViolation", ({ frame }, text) =>
        problems.push(`CSP violation: ${text} @ ${frame.url()}`),
      );
      await context.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          window.__e2eReportCspViolation?.(
            `${event.effectiveDirective} blocked ${event.blockedURI || "(inline)"} (${event.sourceFile}:${event.lineNumber})`,
          );
        });
      });

      const allowed = [...allowedProblems];
      for (const pattern of allowed) {
        if (!(pattern instanceof RegExp)) throw new Error(`allowedProblems takes RegExps, got ${pattern}`);
      }
      await use({ allow: (...patterns) => allowed.push(...patterns), seen: () => [...problems] });

      const isAllowed = (problem) => allowed.some((pattern) => pattern.test(problem));
      const expected = problems.filter(isAllowed);
      if (expected.length) testInfo.annotations.push({ type: "expected problems", description: expected.join("\n") });
      expect(
        problems.filter((problem) => !isAllowed(problem)),
        "console errors, page errors and CSP violations: none may occur unless the test declares it with allowProblems",
      ).toEqual([]);
    },
    { auto: true },
  ],

  /** Declares problems this one test expects: allowProblems(pattern, …), RegExps as above. */
  allowProblems: async ({ problemWatch }, use) => {
    await use((...patterns) => {
      for (const pattern of patterns) {
        if (!(pattern instanceof RegExp)) throw new Error(`allowProblems takes RegExps, got ${pattern}`);
      }
      problemWatch.allow(...patterns);
    });
  },
});
