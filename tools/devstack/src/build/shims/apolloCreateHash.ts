/**
 * `@apollo/utils.createhash` as the bundles use it: Node's own hashing.
 * The package picks `crypto` through `module.require`, which a CommonJS
 * module bundled into an ES module does not have, and falls back to
 * sha.js — SHA-256 in JavaScript, for every operation Apollo Server and
 * the gateway hash (each request's query, the supergraph at start).
 */
export { createHash } from 'node:crypto';
