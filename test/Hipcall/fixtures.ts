// Reads the Hipcall fixtures: the seed's deliveries corrected to JSON, and realistic variations.
import { fixtureFile } from '../helpers/fixtures';

export function fixtureText(name: string): string {
	return fixtureFile(`Hipcall/${name}`);
}

/** A fixture as loose JSON, for tests that alter it. */
export type Json = Record<string, any>;

export function fixture(name: string): Json {
	return JSON.parse(fixtureText(name)) as Json;
}

/** What the Hipcall Routing Trigger adds to routing-long.json, field by field (unit and e2e tests). */
export const ROUTING_LONG_DERIVED: Json = {
	callerNumber: '905438851111',
	callerE164: '+905438851111',
	callerDigits: '905438851111',
	hipcallNumber: '+908508850000',
	callId: '564aff1e-7c1b-4f0e-9a52-3d8e6b2c1f90',
	timestampIso: '2024-07-01T14:21:12.000Z',
	eventId: 'routing:564aff1e-7c1b-4f0e-9a52-3d8e6b2c1f90',
};

/** What the Hipcall Call Control Trigger adds to call-control-step1.json (unit and e2e tests). */
export const CALL_STEP1_DERIVED: Json = {
	callerNumber: '+908508852972',
	callerE164: '+908508852972',
	callerDigits: '908508852972',
	hipcallNumber: '+908508851980',
	callId: '8bcfdf1d-d7b9-434d-9207-d33a8e73ac47',
	timestampIso: '2024-10-23T22:11:35.000Z',
	gathered: {},
	firstStep: true,
	stepNumber: 1,
	lastAction: 'init',
	eventId: 'call_step:8bcfdf1d-d7b9-434d-9207-d33a8e73ac47:1',
};
