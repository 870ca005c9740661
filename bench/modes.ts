// The n8n set-ups every scenario runs under: n8n's defaults, the tuning docs/performance.md
// recommends, the same tuning on n8n's QuickJS engine, and the legacy engine (no sandbox runtime at
// all: the floor of what expressions cost, not a recommendation). BENCH_MODES=defaults,tuned runs
// some of them.
export interface Mode {
	name: string;
	env: Record<string, string>;
}

export const TUNING = {
	// Take an expression isolate only when an expression is really evaluated.
	N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE: 'true',
	// Keep isolates ready for the executions that do evaluate expressions.
	N8N_EXPRESSION_ENGINE_POOL_SIZE: '4',
	// Reuse compiled expressions across isolates.
	N8N_EXPRESSION_ENGINE_COMPILE_CACHE: 'true',
};

const all: Mode[] = [
	{ name: 'defaults', env: {} },
	{ name: 'tuned', env: TUNING },
	{ name: 'tuned-quickjs', env: { ...TUNING, N8N_EXPRESSION_ENGINE: 'quickjs' } },
	{ name: 'legacy', env: { N8N_EXPRESSION_ENGINE: 'legacy' } },
];

export const modes = all.filter((mode) => !process.env.BENCH_MODES || process.env.BENCH_MODES.split(',').includes(mode.name));
