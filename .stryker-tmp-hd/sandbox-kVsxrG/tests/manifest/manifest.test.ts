/**
 * manifest.xml against Microsoft's XML schemas (offline, ../shared/office-schemas, never copied),
 * plus what the schemas do not catch: dangling resids, icon files, the ExcelApi version the
 * adapter needs, and ADDIN_URL applied in the built dist/manifest.xml.
 */
// @ts-nocheck

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { validateXML } from "xmllint-wasm";

const ROOT = resolve(__dirname, "..", "..");
const SCHEMA_DIR = resolve(ROOT, "..", "shared", "office-schemas");
const MAIN_XSD = "OfficeAppManifestV1_1.xsd";
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const DIST_MANIFEST = join(ROOT, "dist", "manifest.xml");
const DEV_ORIGIN = "https://localhost:3000";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../../webpack.config.js") as {
  applyAddinUrl(xml: string, origin: string): string;
  addinOrigin(value: string | undefined): string;
  DEV_ID: string;
  PRODUCTION_ID: string;
};

async function validate(xml: string): Promise<{ valid: boolean; output: string }> {
  const schemas = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith(".xsd"));
  const file = (name: string) => ({ fileName: name, contents: readFileSync(join(SCHEMA_DIR, name), "utf8") });
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [file(MAIN_XSD)],
    preload: schemas.filter((f) => f !== MAIN_XSD).map(file),
  });
  return { valid: result.valid, output: result.rawOutput };
}

/** resid values used, and the ids of Images, Urls and Strings under Resources. */
function residProblems(xml: string): string[] {
  const used = new Set([...xml.matchAll(/\bresid="([^"]+)"/g)].map((m) => m[1]));
  const resources = /<Resources>([\s\S]*)<\/Resources>/.exec(xml)?.[1] ?? "";
  const defined = [...resources.matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g)].map((m) => m[1]);
  const problems: string[] = [];
  for (const id of used) if (!defined.includes(id)) problems.push(`resid "${id}" has no resource`);
  const seen = new Set<string>();
  for (const id of defined) {
    if (seen.has(id)) problems.push(`resource id "${id}" is defined twice`);
    seen.add(id);
  }
  return problems;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const buf = readFileSync(file);
  expect(buf.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

const schemasPresent = existsSync(join(SCHEMA_DIR, MAIN_XSD));
const withSchemas = schemasPresent ? describe : describe.skip;

withSchemas("manifest.xml against the Office schemas", () => {
  test("is valid", async () => {
    const { valid, output } = await validate(MANIFEST);
    expect(output).toContain("validates");
    expect(valid).toBe(true);
  });

  test("the validator rejects a manifest with elements out of order", async () => {
    const moved = MANIFEST.replace(/(\s*<Permissions>[^<]*<\/Permissions>)/, "").replace(
      "<DefaultSettings>",
      "<Permissions>ReadWriteDocument</Permissions>\n  <DefaultSettings>",
    );
    expect(moved).not.toBe(MANIFEST);
    const { valid, output } = await validate(moved);
    expect(valid).toBe(false);
    expect(output).toMatch(/Permissions/);
  });

  test("the validator rejects an unknown permission", async () => {
    const { valid } = await validate(MANIFEST.replace("<Permissions>ReadWriteDocument<", "<Permissions>Everything<"));
    expect(valid).toBe(false);
  });

  const distTest = existsSync(DIST_MANIFEST) ? test : test.skip;
  distTest("dist/manifest.xml is valid too", async () => {
    const { valid, output } = await validate(readFileSync(DIST_MANIFEST, "utf8"));
    expect(output).toContain("validates");
    expect(valid).toBe(true);
  });
});

if (!schemasPresent) {
  test.skip(`schema validation skipped: ${SCHEMA_DIR} is absent (it sits beside the repository in CI)`, () => undefined);
}

describe("manifest.xml content", () => {
  test("every resid has a resource and no resource id is defined twice", () => {
    expect(residProblems(MANIFEST)).toEqual([]);
  });

  test("the resid check catches a dangling resid", () => {
    const broken = MANIFEST.replace('resid="CheckButton.Tooltip"', 'resid="CheckButton.Tip"');
    expect(residProblems(broken)).toEqual(['resid "CheckButton.Tip" has no resource']);
  });

  test("is an Excel task-pane add-in, Vietnamese first with English names", () => {
    expect(MANIFEST).toMatch(/xsi:type="TaskPaneApp"/);
    expect(MANIFEST).toMatch(/<Host Name="Workbook"\/>/);
    expect(MANIFEST).toMatch(/<Host xsi:type="Workbook">/);
    expect(MANIFEST).toMatch(/<DefaultLocale>vi-VN<\/DefaultLocale>/);
    expect(MANIFEST).toMatch(/<DisplayName DefaultValue="Kiểm tra tiêu chí NTM">\s*<Override Locale="en-US" Value="NTM criteria check"\/>/);
    expect(MANIFEST).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(MANIFEST).toMatch(/<OfficeTab id="TabHome">/);
    expect(MANIFEST).toMatch(/<bt:String id="CheckButton.Label" DefaultValue="Kiểm tra tiêu chí">/);
    expect(MANIFEST).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(MANIFEST).toMatch(/<FunctionFile resid="Commands.Url"\/>/);
    expect(MANIFEST).toMatch(/<bt:Url id="Commands.Url" DefaultValue="https:\/\/localhost:3000\/commands.html"\/>/);
  });

  test("every string resource has an en-US override", () => {
    const strings = [...MANIFEST.matchAll(/<bt:String id="([^"]+)"[^>]*>([\s\S]*?)<\/bt:String>/g)];
    expect(strings.length).toBeGreaterThanOrEqual(3);
    for (const [, id, body] of strings) expect([id, body]).toEqual([id, expect.stringMatching(/<bt:Override Locale="en-US" Value="[^"]+"\/>/)]);
  });

  test("every URL is on the dev origin, and every icon URL is a PNG in assets/ of the declared size", () => {
    const urls = [...MANIFEST.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith(`${DEV_ORIGIN}/`)).toBe(true);
    const icons = urls.filter((u) => u.endsWith(".png"));
    expect(icons.length).toBeGreaterThanOrEqual(5);
    for (const url of icons) {
      const rel = url.slice(DEV_ORIGIN.length + 1);
      expect(rel.startsWith("assets/")).toBe(true);
      expect(existsSync(join(ROOT, rel))).toBe(true);
    }
    // Ribbon images: bt:Image size="N" resid → resource URL → a PNG of N×N pixels.
    const sized = [...MANIFEST.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"\/>/g)];
    expect(sized.length).toBeGreaterThanOrEqual(3);
    for (const [, size, resid] of sized) {
      const url = new RegExp(`<bt:Image id="${resid.replace(/\./g, "\\.")}" DefaultValue="([^"]+)"`).exec(MANIFEST)?.[1];
      expect(url).toBeDefined();
      expect(pngSize(join(ROOT, url!.slice(DEV_ORIGIN.length + 1)))).toEqual({ width: Number(size), height: Number(size) });
    }
    // The add-in's own icon: 32×32 and 64×64 for a task-pane add-in (64/128 is Outlook's).
    for (const [tag, size] of [["IconUrl", 32], ["HighResolutionIconUrl", 64]] as const) {
      const url = new RegExp(`<${tag} DefaultValue="([^"]+)"`).exec(MANIFEST)?.[1];
      expect(pngSize(join(ROOT, url!.slice(DEV_ORIGIN.length + 1)))).toEqual({ width: size, height: size });
    }
  });

  test("SupportUrl and LearnMoreUrl open the pane's about page, never a blank pane", () => {
    expect(MANIFEST).toMatch(/<SupportUrl DefaultValue="https:\/\/localhost:3000\/taskpane\.html\?about#support"\/>/);
    expect(MANIFEST).toMatch(/<LearnMoreUrl resid="LearnMore\.Url"\/>/);
    expect(MANIFEST).toMatch(/<bt:Url id="LearnMore\.Url" DefaultValue="https:\/\/localhost:3000\/taskpane\.html\?about"\/>/);
  });

  test("the development manifest has the development Id; a build for a server gets the production Id", () => {
    const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    expect(webpackConfig.DEV_ID).toMatch(guid);
    expect(webpackConfig.PRODUCTION_ID).toMatch(guid);
    expect(webpackConfig.PRODUCTION_ID).not.toBe(webpackConfig.DEV_ID);
    expect(MANIFEST).toContain(`<Id>${webpackConfig.DEV_ID}</Id>`);
    expect(webpackConfig.applyAddinUrl(MANIFEST, "https://localhost:3000")).toContain(`<Id>${webpackConfig.DEV_ID}</Id>`);
    const prod = webpackConfig.applyAddinUrl(MANIFEST, "https://ntm.example.vn");
    expect(prod).toContain(`<Id>${webpackConfig.PRODUCTION_ID}</Id>`);
    expect(prod).not.toContain(webpackConfig.DEV_ID);
  });

  test("requires at least the ExcelApi version the Office adapter lists", () => {
    const min = /<Set Name="ExcelApi" MinVersion="1\.(\d+)"\/>/.exec(MANIFEST);
    expect(min).not.toBeNull();
    const adapter = join(ROOT, "src", "adapters", "office", "OfficeWorkbookPort.ts");
    // The adapter's header comment says which set the manifest must declare ("the manifest must
    // declare ExcelApi 1.13"; sets used only when present are listed too, so that line wins);
    // without it, the highest set listed. Before the adapter exists, 1.9 is the floor.
    let needed = 9;
    if (existsSync(adapter)) {
      const header = readFileSync(adapter, "utf8").split(/\n\s*(?:import|export)\b/)[0];
      const declared = /manifest must declare ExcelApi\s*1\.(\d+)/i.exec(header);
      if (declared) needed = Number(declared[1]);
      else for (const m of header.matchAll(/ExcelApi\s*1\.(\d+)/g)) needed = Math.max(needed, Number(m[1]));
    }
    expect(Number(min![1])).toBeGreaterThanOrEqual(needed);
  });
});

describe("ADDIN_URL in the build", () => {
  test("replaces the dev origin everywhere, keeping paths", () => {
    const out = webpackConfig.applyAddinUrl(MANIFEST, webpackConfig.addinOrigin("https://ntm.example.vn/addin/"));
    expect(out).not.toContain("localhost");
    expect(out).toContain('<SourceLocation DefaultValue="https://ntm.example.vn/addin/taskpane.html"/>');
    expect(out).toContain('DefaultValue="https://ntm.example.vn/addin/assets/icon-16.png"');
  });

  test("keeps the dev origin when unset, and refuses a non-https URL", () => {
    expect(webpackConfig.addinOrigin(undefined)).toBe(DEV_ORIGIN);
    expect(webpackConfig.addinOrigin("")).toBe(DEV_ORIGIN);
    expect(() => webpackConfig.addinOrigin("http://ntm.example.vn")).toThrow(/https/);
    expect(() => webpackConfig.addinOrigin("not a url")).toThrow(/not a URL/);
  });

  const distTest = existsSync(DIST_MANIFEST) ? test : test.skip;
  distTest("dist/manifest.xml is manifest.xml with one origin applied (ADDIN_URL when the build had it)", () => {
    const built = readFileSync(DIST_MANIFEST, "utf8");
    const origin = /<SourceLocation DefaultValue="(https:\/\/[^"]+)\/taskpane\.html"\/>/.exec(built)?.[1];
    expect(origin).toBeDefined();
    expect(built).toBe(webpackConfig.applyAddinUrl(MANIFEST, origin!));
    if (process.env.ADDIN_URL) expect(origin).toBe(webpackConfig.addinOrigin(process.env.ADDIN_URL));
  });
});
