// Copies what tsc does not: node and credential icons and other static assets, each to the same
// path under dist/ as in the sources (test/conventions.test.ts checks every referenced icon is one).
const { src, dest } = require('gulp');

const assets = ['nodes/**/*.{png,svg,json,md}', 'credentials/**/*.{png,svg}'];

function copyAssets() {
	return src(assets, { base: '.', encoding: false }).pipe(dest('dist'));
}

/** A build starts from an empty dist/: a file left from an older build would otherwise be packed. */
async function clean() {
	require('fs').rmSync('dist', { recursive: true, force: true });
}

exports.clean = clean;
exports['build:assets'] = copyAssets;
// Not a task (gulp registers functions only): the globs, for the test.
exports.assets = assets;
