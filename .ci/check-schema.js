// Checks the format's JSON Schemas (versions 1 and 2) with ajv, a second validator beside the Java
// tests' own: each schema must compile in ajv's strict mode, every dataset and sample of its
// version must pass it, and every document listed in schema-rejects.txt must fail version 1's.
// Usage: node .ci/check-schema.js   (from the repository's root, with ajv and ajv-formats installed)
"use strict";
const fs = require("fs");
const path = require("path");
const Ajv2020 = require("ajv/dist/2020");
const addFormats = require("ajv-formats");

const io = "core/src/test/resources/io/github/bilateral/io";
const schemaDir = "core/src/main/resources/io/github/bilateral/io";
const read = (file) => JSON.parse(fs.readFileSync(file, "utf8"));

// Every dataset under seeds/ (a folder with a report.json), and the tests' samples, by version.
const documents = fs.readdirSync("seeds", { withFileTypes: true }).filter((d) => d.isDirectory())
  .map((d) => path.join("seeds", d.name, "report.json")).filter((f) => fs.existsSync(f))
  .concat([path.join(io, "sample-report.json"), path.join(io, "sample-report-v2.json")]);
const rejected = fs.readFileSync(path.join(io, "schema-rejects.txt"), "utf8").split("\n")
  .map((l) => l.trim()).filter((l) => l && !l.startsWith("#")).map((n) => path.join(io, "bad", n + ".json"));

let failures = 0;
let checked = 0;
for (const version of [1, 2]) {
  const schemaFile = path.join(schemaDir, `report-v${version}.schema.json`);
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(read(schemaFile));
  const valid = documents.filter((f) => read(f).schemaVersion === version);
  const bad = version === 1 ? rejected : [];
  for (const file of valid) {
    if (!validate(read(file))) {
      failures++;
      console.log(`FAIL ${file} must pass ${schemaFile}: ${ajv.errorsText(validate.errors)}`);
    }
  }
  for (const file of bad) {
    if (validate(read(file))) {
      failures++;
      console.log(`FAIL ${file} must fail ${schemaFile}, but passes it`);
    }
  }
  checked += valid.length;
  console.log(`ajv ${require("ajv/package.json").version}, ${schemaFile}: compiles in strict mode; `
    + `${valid.length} documents must pass it, ${bad.length} bad ones must fail it`);
}
console.log(`${failures} did not`);
process.exit(failures === 0 && checked > 2 && rejected.length > 0 ? 0 : 1);
