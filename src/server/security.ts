// Safe defaults for a server that only ever talks to the clerk's own browser.

/** Largest request body: answers are a few KB; 256 KB leaves room for long lists. */
export const BODY_LIMIT_BYTES = 256 * 1024;
/** Time limit for one request (ms): a 12,000-字 docx takes milliseconds. */
export const REQUEST_TIMEOUT_MS = 15_000;
/** Per client (IP): enough for live preview while typing, not for a flood. */
export const RATE_LIMIT_PER_MINUTE = 600;

/**
 * The page loads nothing from elsewhere (offline), so everything is 'self'. Inline styles
 * are allowed because the preview is the html writer's standalone page with its own <style>.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "content-security-policy":
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
    "frame-src 'self' blob: data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'",
  "x-content-type-options": "nosniff",
  "x-frame-options": "SAMEORIGIN",
  "referrer-policy": "no-referrer",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=()",
};

/** Loopback hosts the server may listen on without a warning. */
export function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}
