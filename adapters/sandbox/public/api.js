// Talks to the sandbox server. Failures come back as Error with the server's own message.

async function parse(response) {
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error ?? `the server answered ${response.status}`);
  return body;
}

export async function getJson(path, query = {}) {
  const search = new URLSearchParams(query).toString();
  return parse(await fetch(search ? `${path}?${search}` : path, { headers: { Accept: 'application/json' } }));
}

export async function postJson(path, body = {}) {
  return parse(
    await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
    }),
  );
}
