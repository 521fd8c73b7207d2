export { seenEventsProjection } from './seen-events.projection';
export { recordCommands } from './record-commands';
