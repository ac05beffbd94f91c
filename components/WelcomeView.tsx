import type { FirstRunStrings } from '../lib/i18n/strings.ts';

interface Props {
  strings: FirstRunStrings['welcome'];
  locale: string;
  /** Extension page addresses (the paste page, the options page). */
  pasteUrl: string;
  optionsUrl: string;
}

/** A section that says one thing and offers one link to act on it. */
function InvitationSection({
  id,
  title,
  body,
  href,
  link,
}: {
  id: string;
  title: string;
  body: string;
  href: string;
  link: string;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p>{body}</p>
      <p>
        <a class={`${id}-link`} href={href}>
          {link}
        </a>
      </p>
    </section>
  );
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
      <InvitationSection id="welcome-demo" title={s.demoTitle} body={s.demoBody} href={pasteUrl} link={s.demoLink} />
      <InvitationSection
        id="welcome-providers"
        title={s.providersTitle}
        body={s.providersBody}
        href={optionsUrl}
        link={s.providersLink}
      />
      <p class="muted small">{s.pinHint}</p>
    </main>
  );
}
