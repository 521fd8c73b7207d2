import { XMLBuilder } from 'fast-xml-parser';
import type { Response } from 'express';
import { Open311Error } from './open311-error';

export const OPEN311_FORMATS = ['json', 'xml'] as const;
export type Open311Format = (typeof OPEN311_FORMATS)[number];

/** The format a path's extension asks for; anything else is a 404, as for a resource that is not there. */
export function formatOf(extension: string): Open311Format {
  if ((OPEN311_FORMATS as readonly string[]).includes(extension)) return extension as Open311Format;
  throw new Open311Error(404, `Unknown format "${extension.slice(0, 20)}": use .json or .xml`);
}

/** The format of a request's path (for errors raised before the controller knows it): .xml, or JSON. */
export function formatOfPath(path: string): Open311Format {
  return /\.xml$/i.test(path) ? 'xml' : 'json';
}

/** How an answer's list reads in XML: the root element and each item's element (GeoReport v2 names them). */
export interface XmlShape {
  readonly root: string;
  readonly item: string;
}

export const XML = {
  services: { root: 'services', item: 'service' },
  serviceRequests: { root: 'service_requests', item: 'request' },
  errors: { root: 'errors', item: 'error' },
} as const satisfies Record<string, XmlShape>;

const builder = new XMLBuilder({ format: false, suppressEmptyNode: false, processEntities: true });

/** XML for an element holding a list; null becomes an empty element and nested lists keep their own element names (keywords aside). */
export function toXml(root: string, content: unknown): string {
  return `<?xml version="1.0" encoding="utf-8"?>${builder.build({ [root]: content })}`;
}

/** Sends the answer in the asked format: JSON as is, XML as `<root><item>…</item>…</root>`. */
export function send(response: Response, format: Open311Format, status: number, items: readonly object[], shape: XmlShape): void {
  response.status(status);
  if (format === 'json') response.type('application/json').send(JSON.stringify(items));
  else response.type('application/xml').send(toXml(shape.root, { [shape.item]: items.map(forXml) }));
}

/** Sends one object (a service definition) whose lists have their own element names. */
export function sendObject(response: Response, format: Open311Format, body: object, xml: { root: string; content: unknown }): void {
  response.status(200);
  if (format === 'json') response.type('application/json').send(JSON.stringify(body));
  else response.type('application/xml').send(toXml(xml.root, xml.content));
}

/** null and undefined fields become empty elements, as the spec's examples show them. */
export function forXml(item: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(item).map(([key, value]) => [key, value ?? '']));
}
