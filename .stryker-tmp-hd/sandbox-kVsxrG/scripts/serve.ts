/**
 * `npm run serve`: serves the built add-in (dist/) over HTTPS on https://localhost:3000/, where the
 * manifest points during development, for sideloading into Excel (`npm start` runs it).
 * Certificates: Office's development certificates (`npx office-addin-dev-certs install` creates and
 * trusts them in ~/.office-addin-dev-certs), or SSL_CERT / SSL_KEY files.
 */
// @ts-nocheck

import * as fs from "node:fs";
import * as https from "node:https";
import * as os from "node:os";
import * as path from "node:path";
import { staticHandler } from "./preview";

function main(): void {
  const repo = path.resolve(__dirname, "..");
  const distDir = path.join(repo, "dist");
  const certDir = path.join(os.homedir(), ".office-addin-dev-certs");
  const cert = process.env.SSL_CERT ?? path.join(certDir, "localhost.crt");
  const key = process.env.SSL_KEY ?? path.join(certDir, "localhost.key");
  if (!fs.existsSync(path.join(distDir, "taskpane.html"))) {
    console.error("dist/taskpane.html is missing: run `npm run build` first.");
    process.exitCode = 1;
    return;
  }
  if (!fs.existsSync(cert) || !fs.existsSync(key)) {
    console.error(`No HTTPS certificate at ${cert}.\nRun \`npx office-addin-dev-certs install\` once (it creates and trusts one), or set SSL_CERT and SSL_KEY.`);
    process.exitCode = 1;
    return;
  }
  const port = Number(process.env.PORT ?? 3000);
  https
    .createServer({ cert: fs.readFileSync(cert), key: fs.readFileSync(key) }, staticHandler({ distDir, examplesDir: path.join(repo, "examples") }, "taskpane.html"))
    .listen(port, "localhost", () => console.log(`https://localhost:${port}/taskpane.html`));
}

main();
