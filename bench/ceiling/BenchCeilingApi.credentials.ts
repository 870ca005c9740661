// The bench ceiling trigger's credential: one secret, like our webhook credentials.
import type { ICredentialType, INodeProperties } from 'n8n-workflow';

export class BenchCeilingApi implements ICredentialType {
	name = 'benchCeilingApi';
	displayName = 'Bench Ceiling';
	properties: INodeProperties[] = [{ displayName: 'Secret', name: 'secret', type: 'string', typeOptions: { password: true }, default: '' }];
}
