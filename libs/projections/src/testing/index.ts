export { seenEventsProjection } from './seen-events.projection';
