/** npm run bench: every benchmark, one after the other, printing figures and ratios. */
const BENCHES = ["./engine.bench", "./office.bench", "./consolidate.bench", "./copy.bench"];

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
