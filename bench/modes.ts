// The n8n set-ups every scenario runs under: n8n's defaults, and the tuning docs/performance.md
// recommends. BENCH_MODES=defaults (or tuned) runs one of them.
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

export const modes: Mode[] = [
	{ name: 'defaults', env: {} },
	{ name: 'tuned', env: TUNING },
].filter((mode) => !process.env.BENCH_MODES || process.env.BENCH_MODES.split(',').includes(mode.name));
