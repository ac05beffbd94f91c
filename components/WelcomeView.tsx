import type { FirstRunStrings } from '../lib/i18n/strings.ts';

interface Props {
  strings: FirstRunStrings['welcome'];
  locale: string;
  /** Extension page addresses (the paste page, the options page). */
  pasteUrl: string;
  optionsUrl: string;
}

/** The page opened once on install: what is captured and where, the privacy promise, a demo, provider sites. */
export function WelcomeView({ strings: s, locale, pasteUrl, optionsUrl }: Props) {
  return (
    <main class="welcome" lang={locale}>
      <h1>{s.title}</h1>
      <p class="intro">{s.intro}</p>
      <section aria-labelledby="welcome-captured">
        <h2 id="welcome-captured">{s.capturedTitle}</h2>
        <ul>
          {s.captured.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="welcome-privacy" class="welcome-privacy">
        <h2 id="welcome-privacy">{s.privacyTitle}</h2>
        <p>
          {s.privacy[0]}
          <br />
          {s.privacy[1]}
        </p>
      </section>
      <section aria-labelledby="welcome-demo">
        <h2 id="welcome-demo">{s.demoTitle}</h2>
        <p>{s.demoBody}</p>
        <p>
          <a class="welcome-demo-link" href={pasteUrl}>
            {s.demoLink}
          </a>
        </p>
      </section>
      <section aria-labelledby="welcome-providers">
        <h2 id="welcome-providers">{s.providersTitle}</h2>
        <p>{s.providersBody}</p>
        <p>
          <a class="welcome-providers-link" href={optionsUrl}>
            {s.providersLink}
          </a>
        </p>
      </section>
      <p class="muted small">{s.pinHint}</p>
    </main>
  );
}
