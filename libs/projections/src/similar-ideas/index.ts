export * from './similar-ideas.table';
export * from './similar-ideas.fold';
export * from './similar-ideas.projection';
export * from './similar-ideas.query';
export { chooseWords, type ChosenWords, type CountedWord } from './similar-ideas.words';
