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
