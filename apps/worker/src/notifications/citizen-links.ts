/** The citizen's links: their tracking page, and the one-click unsubscribe the API serves beside it. */
export interface CitizenLinks {
  readonly trackingUrl: string;
  readonly unsubscribeUrl: string;
}

export function citizenLinks(publicBaseUrl: string, trackingToken: string): CitizenLinks {
  const trackingUrl = `${publicBaseUrl.replace(/\/+$/, '')}/track/${trackingToken}`;
  return { trackingUrl, unsubscribeUrl: `${trackingUrl}/unsubscribe` };
}
