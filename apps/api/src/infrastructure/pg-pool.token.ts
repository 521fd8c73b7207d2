/** The pg Pool shared by the event store and hand-written queries. */
export const PG_POOL = Symbol('PgPool');
