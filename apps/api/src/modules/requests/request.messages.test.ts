import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@noticeboard/domain';
import { catalogDisagreements, messageArguments } from '../public/message-catalog.js';
import { SUBJECT_REQUEST_CATALOGS, SubjectRequestPageWords } from './request.messages.js';

describe('the words of the request pages and emails', () => {
  it('exist in every language, with the keys and ICU arguments of English', () => {
    expect(Object.keys(SUBJECT_REQUEST_CATALOGS).sort()).toEqual([...LANGUAGES].sort());
    expect(catalogDisagreements(SUBJECT_REQUEST_CATALOGS)).toEqual([]);
  });

  it('the check catches a missing key, a changed argument, and a missing language', () => {
    const { en, de } = SUBJECT_REQUEST_CATALOGS;
    const { intro: _dropped, ...withoutIntro } = de;
    expect(catalogDisagreements({ ...SUBJECT_REQUEST_CATALOGS, de: withoutIntro as typeof de })).toEqual([
      'de: no "intro"',
    ]);
    expect(
      catalogDisagreements({ ...SUBJECT_REQUEST_CATALOGS, de: { ...de, confirmed: 'Anfrage {ref} bis {date}.' } }),
    ).toEqual(['de: "confirmed" has {date, ref}, English {date, reference}']);
    const { it: _italian, ...withoutItalian } = SUBJECT_REQUEST_CATALOGS;
    expect(catalogDisagreements(withoutItalian)).toEqual(['it: no catalog']);
    expect(messageArguments(en['email.extended.answerBy'])).toEqual(['citation', 'date', 'law']);
    expect(messageArguments('{n, plural, one {# day for {who}} other {# days}}')).toEqual(['n', 'who']);
  });

  it('Spanish and Italian use the legal terms and formal address', () => {
    const es = new SubjectRequestPageWords('es');
    const italian = new SubjectRequestPageWords('it');
    expect(es.text('email.verify.received', { what: es.text('email.what.ERASURE') })).toContain(
      'su solicitud de supresión de sus datos personales',
    );
    expect(italian.text('email.ack.body', { what: italian.text('email.what.ACCESS') })).toBe(
      'Abbiamo ricevuto la sua richiesta di accesso ai suoi dati personali e abbiamo già iniziato a occuparcene.',
    );
    expect(es.date('2026-03-02')).toBe('2 de marzo de 2026');
    expect(italian.date('2026-03-02')).toBe('2 marzo 2026');
    expect(es.html('received.reference', { reference: '<R-1>' })).toBe('Gracias. Su referencia es &lt;R-1&gt;.');
  });
});
