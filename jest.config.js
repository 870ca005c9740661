// Two projects: fast unit tests, and end-to-end tests that start a real n8n (one at a time).
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];

module.exports = {
	projects: [
		{
			displayName: 'unit',
			testMatch: ['<rootDir>/test/**/*.test.ts'],
			testPathIgnorePatterns: ['/node_modules/', '\\.e2e\\.test\\.ts$'],
			transform: { '^.+\\.ts$': tsJest },
			testEnvironment: 'node',
		},
		{
			displayName: 'e2e',
			testMatch: ['<rootDir>/test/**/*.e2e.test.ts'],
			transform: { '^.+\\.ts$': tsJest },
			testEnvironment: 'node',
			setupFilesAfterEnv: ['<rootDir>/test/e2e/setup.ts'],
		},
	],
};
