/**
 * npm run bench: every benchmark, one after the other, printing each figure with its floor and the
 * ratio to it. Add a benchmark by adding its module here (it exports `run(): Promise<void>`).
 */
// @ts-nocheck

const BENCHES = [
  "./engine.bench", // evaluation, whole-workbook check
  "./office.bench", // syncs per check and re-check (through the Excel fake)
  "./consolidate.bench", // 200 and 2,000 workbooks vs the bare read
  "./copy.bench", // `--out` on a large workbook: write and verify the copy
  "./bundle.bench", // pane bundle sizes (needs `npm run build`)
];

async function main(): Promise<void> {
  for (const name of BENCHES) {
    console.log(`\n== ${name.slice(2)} ==`);
    const mod = (await import(name)) as { run: () => Promise<void> };
    await mod.run();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
