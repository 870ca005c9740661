// The Hipcall API as the tests stand it in: the shared loopback stand-in under Hipcall's /api/v3.
import { startApiStandIn, type ApiStandIn, type StandInHandler } from '../helpers/apiStandIn';

export type { StandInRequest } from '../helpers/apiStandIn';
export type HipcallStandIn = ApiStandIn;

export async function startHipcallStandIn(handle?: StandInHandler): Promise<HipcallStandIn> {
	return await startApiStandIn(handle, { pathPrefix: '/api/v3' });
}
