#!/usr/bin/env node
// @ts-nocheck
"use strict";
const { main } = require("../lib/cli/main.js");
main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(String(err && err.stack || err) + "\n"); process.exitCode = 1; },
);
