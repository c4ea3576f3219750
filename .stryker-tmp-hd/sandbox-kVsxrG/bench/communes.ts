/**
 * Commune workbooks for the benchmarks: the Bắc Sơn fixture layouts (tests/fixtures/district),
 * each commune under its own distinct name ("Tân Hương", "Tân Hương A", …, "Tân Hương AB", …) so
 * none is flagged as a duplicate. Run alone to write them: npx tsx bench/communes.ts <dir> <count>
 */
// @ts-nocheck

import { FIXTURE_OPTIONS, PLAN, writeFixtures, type CommunePlan } from "../tests/fixtures/district/make";

export { FIXTURE_OPTIONS };

const LETTERS = "ABCDEGHIKLMNOPQRSTUVXY";

/** 0 → "", 1 → "A", …, 22 → "Y", 23 → "AA", …: a distinct suffix per round. */
function suffix(round: number): string {
  let s = "";
  for (let n = round; n > 0; n = Math.floor((n - 1) / LETTERS.length)) s = LETTERS[(n - 1) % LETTERS.length] + s;
  return s;
}

/** `count` communes cycling through the fixture layouts, each with its own name. */
export function communePlans(count: number): CommunePlan[] {
  return Array.from({ length: count }, (_, i) => {
    const p = PLAN[i % PLAN.length];
    const round = Math.floor(i / PLAN.length);
    const commune = round === 0 ? p.commune : `${p.commune} ${suffix(round)}`;
    const ext = p.layout === "XLS" ? ".xls" : ".xlsx";
    const file = p.layout === "E" ? `${String(i).padStart(5, "0")} Xã ${commune}${ext}` : `${String(i).padStart(5, "0")}-${i}${ext}`;
    return { ...p, commune, file };
  });
}

/** Writes the communes (and the fixture set's broken, encrypted and unrelated files) into `dir`. */
export function writeCommunes(dir: string, count: number): Promise<void> {
  return writeFixtures(dir, communePlans(count));
}

if (require.main === module) {
  const [dir, n] = process.argv.slice(2);
  const count = Number(n);
  if (!dir || !Number.isInteger(count) || count < 1) {
    process.stderr.write("usage: npx tsx bench/communes.ts <dir> <count>\n");
    process.exitCode = 2;
  } else {
    writeCommunes(dir, count).then(
      () => process.stdout.write(`wrote ${count} commune workbooks to ${dir}\n`),
      (e) => {
        process.stderr.write(`${(e as Error).message}\n`);
        process.exitCode = 1;
      },
    );
  }
}
