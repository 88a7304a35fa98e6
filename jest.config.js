const { readFileSync } = require('node:fs');

const swcOptions = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8'));

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(ts|js|mjs)$': ['@swc/jest', { ...swcOptions, swcrc: false }] },
  // otplib's crypto and base32 plugins ship as ES modules only; jest needs them as CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!(@scure|@noble|otplib|@otplib)/)'],
  // Above the test kit's 60 s wait for a gateway to be ready, so that on a loaded machine its
  // error (with the gateway's output) is what fails a slow start, not a bare jest timeout.
  testTimeout: 90000,
  maxWorkers: 2,
  globalSetup: '<rootDir>/test/global-setup.js',
};
