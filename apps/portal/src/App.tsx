/** Placeholder until the portal issue: tells a visitor where the API is and how to sign in. */
export function App() {
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '40rem', margin: '4rem auto', lineHeight: 1.5 }}>
      <h1>Noticeboard</h1>
      <p>
        The portal is on its way. The GraphQL API is at <a href="/graphql">/graphql</a>; sign in there with the
        <code> login</code> mutation using the agency owner credentials printed when the server first started.
      </p>
    </main>
  );
}
