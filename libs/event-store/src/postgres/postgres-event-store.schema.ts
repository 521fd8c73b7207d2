/**
 * The event store's tables and append function. Applied by the service's
 * migrations (libs/platform) and by tests; written to be re-runnable.
 *
 * `transaction_id` is the no-skip ordering: global_position is taken in append
 * order but transactions commit in any order, so readers order by
 * (transaction_id, global_position) and read only below the oldest
 * transaction still in flight (pg_snapshot_xmin): nothing can later commit
 * behind a reader's checkpoint.
 */
export const POSTGRES_EVENT_STORE_SCHEMA = `
CREATE TABLE IF NOT EXISTS event_streams (
  stream_id text PRIMARY KEY,
  revision bigint NOT NULL
);

CREATE TABLE IF NOT EXISTS events (
  global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
  event_id uuid NOT NULL UNIQUE,
  stream_id text NOT NULL,
  stream_revision bigint NOT NULL,
  type text NOT NULL,
  data jsonb NOT NULL,
  metadata jsonb NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (stream_id, stream_revision)
);

CREATE INDEX IF NOT EXISTS events_global_order ON events (transaction_id, global_position);

-- One round trip per append. Returns ok = false with the stream's actual
-- revision (-1: no stream) instead of raising, so a lost race costs no exception.
CREATE OR REPLACE FUNCTION append_to_stream(
  p_stream_id text,
  p_expected text,          -- 'any' | 'no_stream' | 'stream_exists' | a revision
  p_event_ids uuid[],
  p_types text[],
  p_data jsonb[],
  p_metadata jsonb[]
) RETURNS TABLE (ok boolean, revision bigint, last_position bigint, transaction_id xid8)
LANGUAGE plpgsql AS $$
DECLARE
  n int := cardinality(p_event_ids);
  v_last bigint;
  v_position bigint;
BEGIN
  IF p_expected = 'no_stream' THEN
    INSERT INTO event_streams AS s (stream_id, revision) VALUES (p_stream_id, n - 1)
      ON CONFLICT (stream_id) DO NOTHING RETURNING s.revision INTO v_last;
  ELSIF p_expected = 'stream_exists' THEN
    UPDATE event_streams AS s SET revision = s.revision + n WHERE s.stream_id = p_stream_id RETURNING s.revision INTO v_last;
  ELSIF p_expected = 'any' THEN
    INSERT INTO event_streams AS s (stream_id, revision) VALUES (p_stream_id, n - 1)
      ON CONFLICT (stream_id) DO UPDATE SET revision = s.revision + n RETURNING s.revision INTO v_last;
  ELSE
    UPDATE event_streams AS s SET revision = s.revision + n
      WHERE s.stream_id = p_stream_id AND s.revision = p_expected::bigint RETURNING s.revision INTO v_last;
  END IF;

  IF v_last IS NULL THEN
    RETURN QUERY SELECT false, coalesce((SELECT s.revision FROM event_streams s WHERE s.stream_id = p_stream_id), -1), NULL::bigint, NULL::xid8;
    RETURN;
  END IF;

  WITH inserted AS (
    INSERT INTO events (event_id, stream_id, stream_revision, type, data, metadata)
      SELECT e.id, p_stream_id, v_last - n + e.ord, e.type, e.data, e.metadata
      FROM unnest(p_event_ids, p_types, p_data, p_metadata) WITH ORDINALITY AS e (id, type, data, metadata, ord)
      RETURNING global_position
  ) SELECT max(global_position) INTO v_position FROM inserted;

  -- No pg_notify here: NOTIFY takes a server-wide lock at commit and halved
  -- append throughput (bench/append). The adapter announces appends itself.
  RETURN QUERY SELECT true, v_last, v_position, pg_current_xact_id();
END;
$$;
`;

export const EVENTS_APPENDED_CHANNEL = 'events_appended';
