export { seenEventsProjection } from './seen-events.projection';
export { recordCommands } from './record-commands';
export { storedIdeaEvent, storedIdeaEvents, type StoredIdeaEventOptions } from './stored-idea-events';
export { catchUpToNewest } from './catch-up-to-newest';
