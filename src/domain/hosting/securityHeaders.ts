/**
 * The Content Security Policy of the built app, and the check that a host really sends it.
 *
 * The policy is written twice: into index.html as a meta tag (so it holds even on a host that sends no
 * headers) and as a response header on every response, workers and sw.js included. Only the header can
 * carry frame-ancestors (a meta tag's is ignored), and only the header covers worker scripts, which have no
 * document to hold a meta tag.
 * - script-src 'wasm-unsafe-eval': the hashing (hash-wasm) and image codecs are WebAssembly.
 * - img-src blob:: thumbnails and key images are shown from in-memory Blob URLs, never from a network.
 * - worker-src 'self': module workers and the service worker are served by the app itself.
 * - frame-ancestors 'none' (header only): no other site may frame the vault and trick clicks into it.
 * Everything else is 'self' or 'none': no CDN, font service or analytics can load.
 */
const POLICY: readonly (readonly [directive: string, sources: readonly string[]])[] = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
  ['connect-src', ["'self'"]],
  ['img-src', ["'self'", 'blob:']],
  ['worker-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'none'"]],
  ['form-action', ["'none'"]],
];
const HEADER_ONLY: readonly (readonly [string, readonly string[]])[] = [['frame-ancestors', ["'none'"]]];

const serialise = (policy: typeof POLICY) => policy.map(([d, s]) => `${d} ${s.join(' ')}`).join('; ');

/** For the meta tag in index.html. */
export const META_CONTENT_SECURITY_POLICY = serialise(POLICY);
/** For the Content-Security-Policy response header on every response. */
export const HEADER_CONTENT_SECURITY_POLICY = serialise([...POLICY, ...HEADER_ONLY]);

/** What the page learnt of one of its own responses. */
export interface ServedResponse {
  readonly path: string;
  /** The Content-Security-Policy header's value, or null when the response had none. */
  readonly contentSecurityPolicy: string | null;
}

export type HeaderProblem =
  | { readonly kind: 'no-policy'; readonly path: string }
  | { readonly kind: 'directive-missing'; readonly path: string; readonly directive: string }
  | {
      readonly kind: 'directive-wider';
      readonly path: string;
      readonly directive: string;
      readonly extra: readonly string[];
    };

/**
 * Compares served headers with the app's policy. A host may send a stricter policy (fewer sources, more
 * directives) but not a weaker one: every directive of ours must be there, allowing nothing more. Several
 * policies in one header (comma-separated) all apply, so a directive passes when any of them holds it
 * within our sources.
 */
export function checkSecurityHeaders(responses: readonly ServedResponse[]): HeaderProblem[] {
  const problems: HeaderProblem[] = [];
  for (const { path, contentSecurityPolicy } of responses) {
    if (!contentSecurityPolicy?.trim()) {
      problems.push({ kind: 'no-policy', path });
      continue;
    }
    const policies = contentSecurityPolicy.split(',').map(parsePolicy);
    for (const [directive, allowed] of [...POLICY, ...HEADER_ONLY]) {
      const served = policies.flatMap((p) => {
        const sources = p.get(directive);
        return sources ? [sources] : [];
      });
      if (served.length === 0) {
        problems.push({ kind: 'directive-missing', path, directive });
        continue;
      }
      const extras = served.map((sources) => sources.filter((s) => !allowed.includes(s)));
      if (extras.every((extra) => extra.length > 0)) {
        problems.push({ kind: 'directive-wider', path, directive, extra: extras[0] ?? [] });
      }
    }
  }
  return problems;
}

/** Directive names are case-insensitive; the first occurrence of a directive wins (CSP Level 3, 2.2.1). */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    // Keywords, schemes and hosts compare case-insensitively; only nonces and hashes would not, and our
    // policy allows none, so lowering them too changes no verdict.
    if (!directives.has(key))
      directives.set(
        key,
        sources.map((s) => s.toLowerCase()),
      );
  }
  return directives;
}
