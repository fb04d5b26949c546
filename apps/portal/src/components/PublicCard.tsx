import { useEffect, type ReactNode } from 'react';

/** The centred card of the pages a person reaches without the app's shell: sign-in and the emailed links. */
export function PublicCard({ title, children }: { title: string; children: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · Noticeboard`;
  }, [title]);
  return (
    <main id="main" className="sign-in">
      <div className="sign-in-card">
        <p className="brand brand-large">
          <span className="brand-mark" aria-hidden="true">
            N
          </span>
          <span>Noticeboard</span>
        </p>
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}
