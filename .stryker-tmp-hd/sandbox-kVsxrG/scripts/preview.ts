/**
 * `npm run preview`: serves the built preview (dist/) and the bundled example (examples/) on
 * http://localhost:PORT/ (PORT from the environment, default 3001). The root URL opens the
 * preview page: the real task pane next to a spreadsheet view, with no Excel and no network.
 * Plain node:http, no dependency; also used by the end-to-end tests.
 */
// @ts-nocheck

import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";

export const DEFAULT_PORT = 3001;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".xls": "application/vnd.ms-excel",
};

export interface PreviewServerOptions {
  /** 0 picks a free port. */
  port: number;
  /** Folder with the built add-in (preview.html). */
  distDir: string;
  /** Folder served under /examples/. */
  examplesDir: string;
  host?: string;
}

/** The file a URL path names, inside `root` only; null for anything outside it. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const file = path.resolve(root, "." + path.posix.normalize("/" + decoded));
  const rootWithSep = path.resolve(root) + path.sep;
  return file.startsWith(rootWithSep) ? file : null;
}

function send(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
  res.end(text);
}

export function createPreviewServer(options: Omit<PreviewServerOptions, "port" | "host">): http.Server {
  return http.createServer(staticHandler(options, "preview.html"));
}

/** Serves files of `distDir` (and `examplesDir` under /examples/), GET/HEAD only; the root URL is `index`. */
export function staticHandler(
  options: Omit<PreviewServerOptions, "port" | "host">,
  index: string,
): (req: http.IncomingMessage, res: http.ServerResponse) => void {
  return (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, "Method not allowed");
    const pathname = new URL(req.url ?? "/", "http://localhost").pathname;
    const [root, rest] = pathname.startsWith("/examples/")
      ? [options.examplesDir, pathname.slice("/examples/".length)]
      : [options.distDir, pathname === "/" ? index : pathname.slice(1)];
    const file = resolveInside(root, rest);
    if (!file) return send(res, 404, "Not found");
    fs.stat(file, (err, stat) => {
      if (err || !stat.isFile()) return send(res, 404, `Not found: ${pathname}`);
      res.writeHead(200, {
        "Content-Type": TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
        "Content-Length": stat.size,
        "Cache-Control": "no-store",
      });
      if (req.method === "HEAD") return res.end();
      fs.createReadStream(file).pipe(res);
    });
  };
}

/** Starts the server; resolves with its root URL (http://localhost:PORT/). */
export function startPreviewServer(options: PreviewServerOptions): Promise<{ server: http.Server; url: string }> {
  const server = createPreviewServer(options);
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host ?? "localhost", () => {
      server.off("error", reject);
      const { port } = server.address() as AddressInfo;
      resolve({ server, url: `http://localhost:${port}/` });
    });
  });
}

/** PORT from the environment: a whole number 0–65535, else the default. */
export function portFromEnv(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return DEFAULT_PORT;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`PORT must be a port number (0–65535), not "${value}"`);
  return n;
}

async function main(): Promise<void> {
  const repo = path.resolve(__dirname, "..");
  // PREVIEW_DIST_DIR: another build folder (a quicker development build, the tests' own).
  const distDir = path.resolve(process.env.PREVIEW_DIST_DIR ?? path.join(repo, "dist"));
  if (!fs.existsSync(path.join(distDir, "preview.html"))) {
    console.error(`${path.join(distDir, "preview.html")} is missing: run \`npm run build\` first (npm run preview does).`);
    process.exitCode = 1;
    return;
  }
  const port = portFromEnv(process.env.PORT);
  try {
    const { url } = await startPreviewServer({ port, distDir, examplesDir: path.join(repo, "examples") });
    console.log(`Xem thử ngăn kiểm tra (không cần Excel) / Preview without Excel:`);
    console.log(url);
    console.log("Ctrl+C để dừng / to stop.");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    console.error(code === "EADDRINUSE" ? `Port ${port} is in use: set another with PORT=3002 npm run preview` : String(err));
    process.exitCode = 1;
  }
}

if (require.main === module) void main();
