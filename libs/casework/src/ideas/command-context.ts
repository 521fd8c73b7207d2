/** Who causes a change and which chain of requests and jobs it belongs to: goes into every event's metadata. */
export interface CommandContext {
  readonly actor: string;
  readonly correlationId: string;
}
