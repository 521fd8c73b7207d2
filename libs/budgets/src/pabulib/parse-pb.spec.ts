import { electionFromPb, parsePb } from './parse-pb';
import { PbFormatError } from './pb-file';

const small = [
  'META',
  'key;value',
  'description;"A test; with a semicolon"',
  'num_projects;2',
  'budget;1000',
  'vote_type;approval',
  'PROJECTS',
  'project_id;cost;votes;name;selected',
  '1;600;2;"Benches; ""green"" ones";1',
  '2;500;1;Trees;0',
  'VOTES',
  'voter_id;vote',
  '10;1,2',
  '11;1',
].join('\r\n');

describe('parsePb', () => {
  it('reads the three sections, with quoted fields holding ; and "', () => {
    const file = parsePb(small);
    expect(file.meta).toMatchObject({ description: 'A test; with a semicolon', budget: '1000', vote_type: 'approval' });
    expect(file.projects).toEqual([
      { project_id: '1', cost: '600', votes: '2', name: 'Benches; "green" ones', selected: '1' },
      { project_id: '2', cost: '500', votes: '1', name: 'Trees', selected: '0' },
    ]);
    expect(file.votes).toEqual([
      { voter_id: '10', vote: '1,2' },
      { voter_id: '11', vote: '1' },
    ]);
  });

  it('reads a file that mixes CRLF and LF line ends', () => {
    const mixed = small.replace('budget;1000\r\n', 'budget;1000\n');
    expect(parsePb(mixed).projects).toHaveLength(2);
  });

  it('makes an election: budget, projects with their votes, ballots', () => {
    expect(electionFromPb(parsePb(small))).toEqual({
      budget: 1000,
      projects: [
        { id: '1', cost: 600, votes: 2, name: 'Benches; "green" ones' },
        { id: '2', cost: 500, votes: 1, name: 'Trees' },
      ],
      ballots: [['1', '2'], ['1']],
    });
  });

  it('counts the votes from the ballots when PROJECTS has no votes column', () => {
    const text = 'META\nkey;value\nbudget;10\nPROJECTS\nproject_id;cost\na;5\nb;5\nVOTES\nvoter_id;vote\n1;a,b\n2;b\n';
    expect(electionFromPb(parsePb(text)).projects.map((project) => project.votes)).toEqual([1, 2]);
  });

  it.each([
    ['no META', 'PROJECTS\nproject_id;cost\n1;5\n'],
    ['no budget', 'META\nkey;value\nnum_projects;1\nPROJECTS\nproject_id;cost\n1;5\n'],
    ['no projects', 'META\nkey;value\nbudget;10\n'],
  ])('refuses a file with %s', (_, text) => expect(() => parsePb(text)).toThrow(PbFormatError));

  it.each([
    ['a cost that is not a number', 'META\nkey;value\nbudget;10\nPROJECTS\nproject_id;cost\n1;five\n'],
    ['a vote for an unknown project', 'META\nkey;value\nbudget;10\nPROJECTS\nproject_id;cost\n1;5\nVOTES\nvoter_id;vote\n1;2\n'],
  ])('refuses an election with %s', (_, text) => expect(() => electionFromPb(parsePb(text))).toThrow(PbFormatError));
});
