/**
 * Answers the sandbox's hosted OAuth page as a person in a browser would (approve or deny);
 * returns where Stripe sends the browser back: the platform's redirect URI with `code` or `error`.
 */
export async function answerHostedAuthorization(authorizeUrl: string, decision: 'approve' | 'deny', details: Record<string, string> = {}): Promise<string> {
  const page = await fetch(authorizeUrl, { redirect: 'manual' });
  if (page.status !== 200) throw new Error(`authorize page answered ${page.status}: ${page.headers.get('location') ?? (await page.text())}`);
  const html = await page.text();
  const fields = new URLSearchParams();
  for (const input of html.matchAll(/<input[^>]*>/gi)) {
    const name = /name="([^"]*)"/.exec(input[0])?.[1];
    if (name) fields.set(name, details[name] ?? decodeEntities(/value="([^"]*)"/.exec(input[0])?.[1] ?? ''));
  }
  fields.set('decision', decision);
  const response = await fetch(authorizeUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: fields.toString(),
    redirect: 'manual',
  });
  const location = response.headers.get('location');
  if (!location) throw new Error(`authorize page answered ${response.status} without a redirect: ${await response.text()}`);
  return location;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
