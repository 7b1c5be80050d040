// The page's own files, read once at start-up into memory: the route table is fixed here,
// so no request path ever reaches the file system.
import { readFileSync } from "node:fs";

export interface PublicFile {
  readonly route: string;
  readonly contentType: string;
  readonly body: Buffer;
}

// Resolves from src/server/ and from dist/server/ alike: both sit two levels below the root.
const PUBLIC_DIR = new URL("../../src/server/public/", import.meta.url);

const FILES: readonly (readonly [route: string, name: string, contentType: string])[] = [
  ["/", "index.html", "text/html; charset=utf-8"],
  ["/app.js", "app.js", "text/javascript; charset=utf-8"],
  ["/style.css", "style.css", "text/css; charset=utf-8"],
];

export function loadPublicFiles(): PublicFile[] {
  return FILES.map(([route, name, contentType]) => ({
    route,
    contentType,
    body: readFileSync(new URL(name, PUBLIC_DIR)),
  }));
}
