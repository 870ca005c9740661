// What the benchmark sends load to: the baselines (bench/baselines.ts), then each of our triggers
// and answering pairs. Each vendor's scenarios are in bench/<Vendor>.ts (named after its folder
// under nodes/), exported as `<vendor>Scenarios`; they are found by name, so a new vendor adds its
// file and edits nothing here.
import { perVendor } from '../test/helpers/vendors';
import { baselines } from './baselines';
import type { Scenario } from './scenario';

export type { Scenario } from './scenario';

/** Every scenario, baselines first, then vendor by vendor in name order. */
export const scenarios: Scenario[] = [...baselines, ...perVendor<Scenario>(__dirname, 'Scenarios')];
