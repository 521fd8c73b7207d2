import { decideReport, ideaReportStreamId, reportIdOfStream, type ReportIdea } from './idea-report';
import {
  IdeaNotFoundError,
  InvalidCommandError,
  NoOpenReportsError,
  PublicTextAlreadyHiddenError,
  PublicTextNotHiddenError,
  UnknownIdeaError,
} from './idea.errors';
import { foldIdea } from './idea.evolve';
import { ideaIdOfStream } from './idea.stream';
import {
  AT,
  dismissReports,
  given,
  hidePublicText,
  IDEA_ID,
  LATER,
  publicTextHidden,
  publicTextRestored,
  reportsDismissed,
  restorePublicText,
  STAFF,
  submitted,
  withdrawn,
} from './testing';
import { MODERATION_NOTE_MAX } from './vocabulary';

describe('Moderation: staff hide and restore an idea’s public text', () => {
  it('hides the text with a reason category and who did it', () =>
    given(submitted())
      .when(hidePublicText({ reason: 'personal-data', note: 'Names a neighbour' }))
      .then(publicTextHidden({ reason: 'personal-data', note: 'Names a neighbour' })));

  it('hides a closed idea’s text too: it is as public as an open one’s', () => given(submitted(), withdrawn()).when(hidePublicText()).then(publicTextHidden()));

  it('refuses to hide twice', () =>
    given(submitted(), publicTextHidden()).when(hidePublicText()).thenThrows(PublicTextAlreadyHiddenError, { kind: 'conflict' }));

  it('refuses a reason outside the list, a long note and no actor', () => {
    given(submitted())
      .when(hidePublicText({ reason: 'boring' as never }))
      .thenThrows(InvalidCommandError, { field: 'reason' });
    given(submitted())
      .when(hidePublicText({ note: 'x'.repeat(MODERATION_NOTE_MAX + 1) }))
      .thenThrows(InvalidCommandError, { field: 'note' });
    given(submitted())
      .when(hidePublicText({ by: ' ' }))
      .thenThrows(InvalidCommandError, { field: 'by' });
  });

  it('refuses to hide an idea that does not exist', () => given().when(hidePublicText()).thenThrows(IdeaNotFoundError));

  it('restores hidden text', () => given(submitted(), publicTextHidden()).when(restorePublicText()).then(publicTextRestored()));

  it('refuses to restore text that is not hidden', () => {
    given(submitted()).when(restorePublicText()).thenThrows(PublicTextNotHiddenError, { kind: 'conflict' });
    given(submitted(), publicTextHidden(), publicTextRestored()).when(restorePublicText()).thenThrows(PublicTextNotHiddenError);
  });

  it('may hide again after a restore', () =>
    given(submitted(), publicTextHidden(), publicTextRestored())
      .when(hidePublicText({ reason: 'spam' }))
      .then(publicTextHidden({ reason: 'spam' })));

  it('folds the hidden state, and a restore clears it', () => {
    expect(foldIdea([submitted(), publicTextHidden({ reason: 'unlawful' })]).hiddenText).toEqual({ reason: 'unlawful', at: LATER, by: STAFF });
    expect(foldIdea([submitted(), publicTextHidden(), publicTextRestored()]).hiddenText).toBeNull();
  });
});

describe('Moderation: staff dismiss the open reports (reviewed, keep visible)', () => {
  it('records how many reports were reviewed', () =>
    given(submitted())
      .when(dismissReports({ openReports: 3 }))
      .then(reportsDismissed({ reports: 3 })));

  it('refuses when no report is open', () =>
    given(submitted())
      .when(dismissReports({ openReports: 0 }))
      .thenThrows(NoOpenReportsError, { kind: 'conflict' }));

  it('refuses a count that is not a whole number', () =>
    given(submitted())
      .when(dismissReports({ openReports: 1.5 }))
      .thenThrows(InvalidCommandError, { field: 'openReports' }));

  it('leaves the idea as it was (the review queue is a read model)', () => {
    expect(foldIdea([submitted(), reportsDismissed()])).toEqual(foldIdea([submitted()]));
  });
});

describe('A citizen’s report: a stream of its own, never the idea’s', () => {
  const report = (o: Partial<ReportIdea> = {}): ReportIdea => ({
    type: 'ReportIdea',
    reportId: 'report-1',
    ideaId: IDEA_ID,
    at: AT,
    reason: 'offensive',
    note: null,
    ideaIsPublic: true,
    ...o,
  });

  it('records the report, with the note trimmed (blank is none)', () => {
    expect(decideReport(report({ note: '  It names my neighbour  ' }), false)).toEqual([
      { type: 'IdeaReported', data: { reportId: 'report-1', ideaId: IDEA_ID, at: AT, reason: 'offensive', note: 'It names my neighbour' } },
    ]);
    expect(decideReport(report({ note: '   ' }), false)[0].data.note).toBeNull();
  });

  it('refuses an idea that is not public, a reason outside the list, a long note and a used id', () => {
    expect(() => decideReport(report({ ideaIsPublic: false }), false)).toThrow(UnknownIdeaError);
    expect(() => decideReport(report({ reason: 'dislike' as never }), false)).toThrow(InvalidCommandError);
    expect(() => decideReport(report({ note: 'x'.repeat(MODERATION_NOTE_MAX + 1) }), false)).toThrow(InvalidCommandError);
    expect(() => decideReport(report(), true)).toThrow(InvalidCommandError);
  });

  it('names its stream so that no idea stream is mistaken for it, nor it for one', () => {
    expect(ideaReportStreamId('abc')).toBe('report-abc');
    expect(reportIdOfStream('report-abc')).toBe('abc');
    expect(ideaIdOfStream(ideaReportStreamId('abc'))).toBeNull();
    expect(reportIdOfStream('idea-abc')).toBeNull();
  });
});
