// @ts-nocheck
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { portFromEnv, resolveInside, startPreviewServer, DEFAULT_PORT } from "../../scripts/preview";

const REPO = path.resolve(__dirname, "../..");
const EXAMPLE = path.join(REPO, "examples", "lien-son-2024.xlsx");

function fakeDist(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ntm-preview-"));
  fs.writeFileSync(path.join(dir, "preview.html"), "<!doctype html><title>Xem thử</title>");
  fs.writeFileSync(path.join(dir, "preview.js"), "console.log(1)");
  return dir;
}

describe("preview server", () => {
  test("root opens the preview; dist/ and examples/ files are served with their types; nothing outside", async () => {
    const distDir = fakeDist();
    const { server, url } = await startPreviewServer({ port: 0, distDir, examplesDir: path.join(REPO, "examples") });
    try {
      expect(url).toMatch(/^http:\/\/localhost:\d+\/$/);
      const root = await fetch(url);
      expect(root.status).toBe(200);
      expect(root.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(await root.text()).toContain("Xem thử");
      expect((await fetch(`${url}preview.js`)).headers.get("content-type")).toBe("text/javascript; charset=utf-8");

      const example = await fetch(`${url}examples/lien-son-2024.xlsx`);
      expect(example.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      expect(Buffer.from(await example.arrayBuffer()).equals(fs.readFileSync(EXAMPLE))).toBe(true);

      for (const p of ["missing.js", "examples/none.xlsx", "examples/..%2fpackage.json", "..%2fpackage.json", "%2e%2e/%2e%2e/package.json", "examples/%00"]) {
        expect([p, (await fetch(url + p)).status]).toEqual([p, 404]);
      }
      expect((await fetch(url, { method: "POST" })).status).toBe(405);
    } finally {
      server.close();
    }
  });

  test("resolveInside keeps paths inside the root", () => {
    expect(resolveInside("/srv/dist", "a/b.js")).toBe(path.resolve("/srv/dist/a/b.js"));
    expect(resolveInside("/srv/dist", "../secret")).toBe(path.resolve("/srv/dist/secret"));
    expect(resolveInside("/srv/dist", "%E0%A4%A")).toBeNull();
    expect(resolveInside("/srv/dist", "")).toBeNull();
  });

  test("PORT: a port number, default 3001, anything else refused", () => {
    expect(portFromEnv(undefined)).toBe(DEFAULT_PORT);
    expect(DEFAULT_PORT).toBe(3001);
    expect(portFromEnv(" ")).toBe(3001);
    expect(portFromEnv("8080")).toBe(8080);
    expect(() => portFromEnv("80a")).toThrow(/PORT must be a port number/);
    expect(() => portFromEnv("70000")).toThrow(/PORT/);
  });

  test("`tsx scripts/preview.ts` honours PORT and prints http://localhost:PORT/", async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [require.resolve("tsx/cli"), path.join(REPO, "scripts", "preview.ts")], {
      env: { ...process.env, PORT: String(port), PREVIEW_DIST_DIR: fakeDist() },
      stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      const out = await new Promise<string>((resolve, reject) => {
        let text = "";
        child.stdout.on("data", (d) => {
          text += d;
          if (text.includes(`http://localhost:${port}/`)) resolve(text);
        });
        child.stderr.on("data", (d) => (text += d));
        child.on("exit", (code) => reject(new Error(`exited ${code}: ${text}`)));
      });
      expect(out.split("\n")).toContain(`http://localhost:${port}/`);
      expect((await fetch(`http://localhost:${port}/`)).status).toBe(200);
    } finally {
      child.kill();
    }
  }, 30_000);
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, "localhost", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}
