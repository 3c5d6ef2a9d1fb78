// Checks the format's JSON Schema with ajv, a second validator beside the Java tests' own:
// both versions' schemas must compile in ajv's strict mode, each dataset under seeds/ and the sample
// must pass the schema of its own schemaVersion, and every document listed in schema-rejects.txt
// must fail version 1's.
// Usage: node .ci/check-schema.js   (from the repository's root, with ajv and ajv-formats installed)
"use strict";
const fs = require("fs");
const path = require("path");
const Ajv2020 = require("ajv/dist/2020");
const addFormats = require("ajv-formats");

const io = "core/src/test/resources/io/github/bilateral/io";
const schemaDir = "core/src/main/resources/io/github/bilateral/io";
const schemaFile = path.join(schemaDir, "report-v1.schema.json");
const schemaFileV2 = path.join(schemaDir, "report-v2.schema.json");
const read = (file) => JSON.parse(fs.readFileSync(file, "utf8"));

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(read(schemaFile));
// Version 2's conditions (a note when the basis is inferred, the printed words and no value when a
// quantity is vague) require, inside "then" and "else", properties that the enclosing object
// defines; ajv's strictRequired looks for them in the condition itself, so it alone is left off.
const ajvV2 = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
addFormats(ajvV2);
const validateV2 = ajvV2.compile(read(schemaFileV2));
const schemaOf = (doc) => (doc.schemaVersion === 2 ? validateV2 : validate);

// Every dataset under seeds/ (a folder with a report.json), and the tests' sample.
const valid = fs.readdirSync("seeds", { withFileTypes: true }).filter((d) => d.isDirectory())
  .map((d) => path.join("seeds", d.name, "report.json")).filter((f) => fs.existsSync(f))
  .concat([path.join(io, "sample-report.json")]);
const rejected = fs.readFileSync(path.join(io, "schema-rejects.txt"), "utf8").split("\n")
  .map((l) => l.trim()).filter((l) => l && !l.startsWith("#")).map((n) => path.join(io, "bad", n + ".json"));

let failures = 0;
for (const file of valid) {
  const doc = read(file);
  const check = schemaOf(doc);
  if (!check(doc)) {
    failures++;
    console.log(`FAIL ${file} must pass the schema of version ${doc.schemaVersion}: ${ajvV2.errorsText(check.errors)}`);
  }
}
for (const file of rejected) {
  if (validate(read(file))) {
    failures++;
    console.log(`FAIL ${file} must fail the schema, but passes it`);
  }
}
console.log(`ajv ${require("ajv/package.json").version}, ${schemaFile} and ${schemaFileV2}: compile in strict mode (version 2 without strictRequired); `
  + `${valid.length} documents must pass theirs, ${rejected.length} bad ones must fail it; ${failures} did not`);
process.exit(failures === 0 && valid.length > 1 && rejected.length > 0 ? 0 : 1);
