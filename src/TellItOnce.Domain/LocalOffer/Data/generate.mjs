// Rewrites postcode-districts.csv: the fictional demo districts NS1-NS9 (our own data) plus, optionally, the rows of an
// openly licensed source CSV with the columns outcode,latitude,longitude (see README.md beside this file).
// Usage: node generate.mjs [source.csv]
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const demo = [
  ["NS1", 54.3, -1.9, "Northby"],
  ["NS2", 54.34, -1.88, "Northby"],
  ["NS3", 54.26, -1.78, "Easton Vale"],
  ["NS4", 54.25, -1.72, "Easton Vale"],
  ["NS5", 54.2, -1.95, "Ashbridge"],
  ["NS6", 54.16, -1.93, "Ashbridge"],
  ["NS7", 54.23, -2.05, "Kirkfield"],
  ["NS8", 54.29, -2.12, "Westmere"],
  ["NS9", 54.31, -2.18, "Westmere"],
];

const rows = new Map(demo.map((r) => [r[0], r]));
const source = process.argv[2];
if (source) {
  const [header, ...lines] = readFileSync(source, "utf8").trim().split(/\r?\n/);
  const cols = header.toLowerCase().split(",");
  const at = (name) => cols.indexOf(name);
  for (const line of lines) {
    const cells = line.split(",");
    const outcode = cells[at("outcode")].trim().toUpperCase();
    const lat = Number(cells[at("latitude")]);
    const lon = Number(cells[at("longitude")]);
    if (!rows.has(outcode) && Number.isFinite(lat) && Number.isFinite(lon) && lat !== 0) {
      rows.set(outcode, [outcode, lat, lon, cells[at("place")] ?? ""]);
    }
  }
}

const body = [...rows.values()]
  .sort((a, b) => a[0].localeCompare(b[0], "en", { numeric: true }))
  .map(([o, lat, lon, place]) => `${o},${lat.toFixed(5)},${lon.toFixed(5)},${place}`);
writeFileSync(join(here, "postcode-districts.csv"), ["outcode,latitude,longitude,place", ...body].join("\n") + "\n");
console.log(`postcode-districts.csv: ${body.length} districts`);
