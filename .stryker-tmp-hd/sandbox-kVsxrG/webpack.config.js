/**
 * Builds the add-in into dist/: taskpane.html, commands.html, their scripts, assets/ and
 * manifest.xml. With ADDIN_URL set (the production origin, https), every
 * https://localhost:3000 in the manifest becomes that URL. Needs no network.
 */
// @ts-nocheck

const path = require("path");
const zlib = require("zlib");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_ORIGIN = "https://localhost:3000";
/** manifest.xml's <Id> is the development add-in's; a build for a server (ADDIN_URL) gets this one. */
const DEV_ID = "01dc361a-f0dc-4efe-889b-fd423946f64f";
const PRODUCTION_ID = "5b0c7a52-3f7e-4c1a-9d2e-8e4b6f1a7c90";

/**
 * The origin the manifest points at: ADDIN_URL without its trailing slash, or the dev origin.
 * Office loads add-ins only over https, so anything else is refused here rather than at install.
 */
function addinOrigin(value) {
  if (value === undefined || value.trim() === "") return DEV_ORIGIN;
  const url = value.trim().replace(/\/+$/, "");
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`ADDIN_URL is not a URL: "${value}"`);
  }
  if (parsed.protocol !== "https:") throw new Error(`ADDIN_URL must use https (Office refuses other add-in URLs): "${value}"`);
  if (parsed.search || parsed.hash) throw new Error(`ADDIN_URL must not have a query or fragment: "${value}"`);
  return url;
}

/**
 * What the task pane may load before it can show anything, gzip-compressed (as servers send it):
 * the taskpane entry's own scripts. Lazy chunks (consolidation, the spreadsheet reader) load when
 * used and are not counted. The goal is 150 KB; the first load is 263 KB (gzip -9, bench/bundle.bench.ts):
 * the 2026–2030 and nâng cao sets, the set choice, the group setting and the reading view's models
 * added about 10 KB over 255.6 KB, of which moving the summary and definitions sheet builders to
 * lazy chunks took back 4 KB. zod is about 90 KB of it (docs/performance.md): the budget stops it
 * growing until zod leaves the first load.
 */
const FIRST_LOAD_BUDGET = { taskpane: 264 * 1024 };

/** Gzip size of each entry's first-load scripts, by entry name. */
function firstLoadSizes(compilation) {
  const out = {};
  for (const [name, entry] of compilation.entrypoints) {
    let gzip = 0;
    let raw = 0;
    const files = entry.getFiles().filter((f) => f.endsWith(".js"));
    for (const f of files) {
      const source = compilation.getAsset(f).source.buffer();
      raw += source.length;
      gzip += zlib.gzipSync(source, { level: 9 }).length;
    }
    out[name] = { files, raw, gzip };
  }
  return out;
}

/** Fails a production build whose first load is over budget (webpack's own hints measure raw bytes). */
class FirstLoadBudget {
  apply(compiler) {
    const { Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("FirstLoadBudget", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "FirstLoadBudget", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const sizes = firstLoadSizes(compilation);
        for (const [name, budget] of Object.entries(FIRST_LOAD_BUDGET)) {
          const size = sizes[name];
          if (!size) continue;
          const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
          if (size.gzip > budget) {
            compilation.errors.push(new Error(`${name}: first load is ${kb(size.gzip)} gzip (${size.files.join(", ")}), over its budget of ${kb(budget)}.`));
          }
        }
      });
    });
  }
}

/** The manifest with the dev origin replaced by `origin` (and the production Id off the dev origin). */
function applyAddinUrl(xml, origin) {
  const out = xml.split(DEV_ORIGIN).join(origin);
  return origin === DEV_ORIGIN ? out : out.replace(`<Id>${DEV_ID}</Id>`, `<Id>${PRODUCTION_ID}</Id>`);
}

function config(_env, argv) {
  const production = argv.mode === "production";
  const origin = addinOrigin(process.env.ADDIN_URL);
  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      // Browser preview without Excel (npm run preview): the pane next to a spreadsheet view.
      preview: "./src/preview/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      // SheetJS (consolidation) names Node modules it only uses outside browsers.
      fallback: { fs: false, stream: false, crypto: false, path: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: path.resolve(__dirname, "tsconfig.json"),
              transpileOnly: true,
              // ES modules let webpack tree-shake Fluent UI and split import() into chunks.
              compilerOptions: { module: "esnext", sourceMap: !production },
            },
          },
        },
      ],
    },
    plugins: [
      ...(production ? [new FirstLoadBudget()] : []),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => applyAddinUrl(content.toString("utf8"), origin),
          },
        ],
      }),
    ],
    performance: {
      hints: production ? "warning" : false,
      maxEntrypointSize: 900 * 1024,
      maxAssetSize: 900 * 1024,
      // Lazy chunks (SheetJS, exceljs) load only when consolidating or downloading: not part of opening the pane.
      assetFilter: (name) => /^(taskpane|commands|preview)\.[0-9a-f]+\.js$/.test(name) || name.endsWith(".html"),
    },
  };
}

module.exports = config;
module.exports.DEV_ORIGIN = DEV_ORIGIN;
module.exports.addinOrigin = addinOrigin;
module.exports.applyAddinUrl = applyAddinUrl;
module.exports.DEV_ID = DEV_ID;
module.exports.PRODUCTION_ID = PRODUCTION_ID;
module.exports.FIRST_LOAD_BUDGET = FIRST_LOAD_BUDGET;
