import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from './civic-api.generated';
import type { OpenApiContract } from './openapi-contract';

export type CivicClient = Client<paths>;

/**
 * The thin client a municipality's own front end would use: openapi-fetch
 * typed by the types generated from the document. Every response it gets is
 * also held to the document.
 */
export function civicClient(baseUrl: string, contract: OpenApiContract): CivicClient {
  const client = createClient<paths>({ baseUrl });
  client.use(heldToContract(contract));
  return client;
}

function heldToContract(contract: OpenApiContract): Middleware {
  return {
    async onResponse({ request, response }) {
      const text = await response.clone().text();
      const json = /[/+]json\b/.test(response.headers.get('content-type') ?? '') && text ? JSON.parse(text) : undefined;
      const headers = Object.fromEntries(response.headers.entries());
      const violation = contract.violation(request.method, request.url, { status: response.status, headers, body: json, text });
      if (violation) throw new Error(`Not as the OpenAPI document says: ${violation}`);
      return undefined;
    },
  };
}
