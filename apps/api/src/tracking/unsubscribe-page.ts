import type { Idea, Language } from '@civic/ideas';

/** The language the citizen wrote in; Danish for an idea that has none. */
export function languageOf(idea: Pick<Idea, 'language'>): Language {
  return idea.language ?? 'da';
}

interface PageTexts {
  readonly title: string;
  readonly question: string;
  readonly explanation: (publicCode: string) => string;
  readonly button: string;
  readonly stopped: string;
}

const TEXTS: Readonly<Record<Language, PageTexts>> = {
  da: {
    title: 'Afmeld e-mails',
    question: 'Vil du stoppe e-mails om dit forslag?',
    explanation: (code) => `Vi skriver til dig, når der sker noget med dit forslag ${code}. Du kan stadig følge det via dit link.`,
    button: 'Stop e-mails',
    stopped: 'Du får ikke flere e-mails om dit forslag.',
  },
  sv: {
    title: 'Avsluta e-post',
    question: 'Vill du sluta få e-post om ditt förslag?',
    explanation: (code) => `Vi mejlar dig när något händer med ditt förslag ${code}. Du kan fortfarande följa det via din länk.`,
    button: 'Stoppa e-post',
    stopped: 'Du får inte längre e-post om ditt förslag.',
  },
  nb: {
    title: 'Meld av e-post',
    question: 'Vil du slutte å få e-post om forslaget ditt?',
    explanation: (code) => `Vi sender deg e-post når noe skjer med forslaget ditt ${code}. Du kan fortsatt følge det via lenken din.`,
    button: 'Stopp e-post',
    stopped: 'Du får ikke flere e-poster om forslaget ditt.',
  },
  en: {
    title: 'Unsubscribe',
    question: 'Stop e-mails about your idea?',
    explanation: (code) => `We e-mail you when something happens to your idea ${code}. You can still follow it through your link.`,
    button: 'Stop e-mails',
    stopped: 'You will get no more e-mails about your idea.',
  },
};

/**
 * The page behind the unsubscribe link: a question and a button, no scripts.
 * Following the link changes nothing (mail scanners follow links); the form
 * has no action, so it posts to the very URL the page came from.
 */
export function unsubscribeFormPage(language: Language, publicCode: string): string {
  const texts = TEXTS[language];
  return page(
    language,
    texts.title,
    `<h1>${escape(texts.question)}</h1>
<p>${escape(texts.explanation(publicCode))}</p>
<form method="post">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit">${escape(texts.button)}</button>
</form>`,
  );
}

/** After the button, or on the link once e-mails are already stopped. */
export function unsubscribedPage(language: Language): string {
  const texts = TEXTS[language];
  return page(language, texts.title, `<h1>${escape(texts.stopped)}</h1>`);
}

function page(language: Language, title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(title)}</title>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]);
}
