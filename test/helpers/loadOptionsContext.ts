// A typed stand-in for the context n8n gives a node's list searches (the pickers of resource
// locators): the node's current parameters, credentials and the authenticated HTTP helper. Only
// n8n is stood in for; the search under test runs as it is.
import type { IDataObject, IHttpRequestOptions, ILoadOptionsFunctions, INode } from 'n8n-workflow';

import type { FakeHttp, RecordedRequest } from './executeContext';
import { readCredentials, readParameter } from './fakeN8n';

export function fakeLoadOptionsContext(options: {
	parameters?: IDataObject;
	credentials?: Record<string, IDataObject>;
	http: FakeHttp;
	typeVersion?: number;
}): { context: ILoadOptionsFunctions; requests: RecordedRequest[] } {
	const requests: RecordedRequest[] = [];
	const parameters = options.parameters ?? {};
	const node: INode = {
		id: 'test-node',
		name: 'Node',
		type: 'test',
		typeVersion: options.typeVersion ?? 2,
		position: [0, 0],
		parameters: parameters as INode['parameters'],
	};
	const context = {
		getNode: () => node,
		getCurrentNodeParameter: (name: string) => readParameter(parameters, name, null) ?? undefined,
		getNodeParameter: (name: string, fallback?: unknown) => readParameter(parameters, name, fallback),
		getCredentials: async (type: string) => await readCredentials(options.credentials, type),
		helpers: {
			httpRequestWithAuthentication: async (credentialType: string, requestOptions: IHttpRequestOptions) => {
				const recorded = { credentialType, options: requestOptions };
				requests.push(recorded);
				return await options.http(recorded);
			},
		},
	};
	return { context: context as unknown as ILoadOptionsFunctions, requests };
}
