// Builds wwwroot/lib from npm packages: compiles Styles/app.scss with govuk-frontend and copies its JavaScript.
// Run by the .NET build (see TellItOnce.Web.csproj); nothing it writes is committed.
import { mkdirSync, copyFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as sass from "sass";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "wwwroot", "lib");
mkdirSync(out, { recursive: true });

const css = sass.compile(join(here, "Styles", "app.scss"), {
  style: "compressed",
  importers: [new sass.NodePackageImporter()],
  quietDeps: true,
  silenceDeprecations: ["import"],
});
writeFileSync(join(out, "app.css"), css.css);

const govuk = join(here, "node_modules", "govuk-frontend", "dist", "govuk");
copyFileSync(join(govuk, "govuk-frontend.min.js"), join(out, "govuk-frontend.min.js"));
console.log("front-end assets built in wwwroot/lib");
